/**
 * Slovenian placeholder dictionary: the same keys as en.ts (see ./types.ts).
 * `label` is the text between the brackets in a Slovenian template and the
 * fill-in field's label; `meaning` is the one thing the key stands for;
 * `example` is the hint in the empty field. See docs/style/sl.md, "Words
 * around placeholders": names follow a noun that carries the case, dates
 * stand bare or after "do", durations always stand in an accusative slot,
 * free text follows a colon or a fixed lead-in.
 */
import type { PlaceholderDictionary } from './types.ts';

export default {
  // Ljudje
  customerName: {
    label: 'Ime stranke',
    meaning: 'Ime, s katerim stranko nagovorite v pozdravu.',
    example: 'Maja',
  },
  agentName: {
    label: 'Vaše ime',
    meaning: 'Vaše ime, kjer se v besedilu sporočila predstavite.',
    example: 'Tadej',
  },
  signature: {
    label: 'Vaš podpis',
    meaning: 'Vrstice pod pozdravom: vaše ime in po želji še vloga ter podjetje.',
    example: 'Tadej Kralj, podpora strankam, Brightwave',
  },

  // Izdelek in paket
  product: {
    label: 'Izdelek',
    meaning: 'Ime izdelka ali storitve, na katero je stranka naročena, brez dodatnih besed (besedilo samo doda „storitev“).',
    example: 'Brightwave',
  },
  plan: {
    label: 'Paket',
    meaning: 'Ime trenutnega paketa stranke, brez besede „paket“ (besedilo jo doda samo).',
    example: 'Pro',
  },
  planPrice: {
    label: 'Cena paketa',
    meaning: 'Cena trenutnega paketa stranke za eno obračunsko obdobje, z valuto in obdobjem.',
    example: '29,00 € na mesec',
  },
  lowerPlan: {
    label: 'Cenejši paket',
    meaning: 'Ime cenejšega paketa, ki ga predlagate namesto preklica, brez besede „paket“.',
    example: 'Starter',
  },
  lowerPlanPrice: {
    label: 'Cena cenejšega paketa',
    meaning: 'Cena predlaganega cenejšega paketa za eno obračunsko obdobje, z valuto in obdobjem.',
    example: '9,00 € na mesec',
  },

  // Datumi preklica in računa
  accessEndDate: {
    label: 'Datum konca dostopa',
    meaning: 'Zadnji dan, ko lahko stranka po preklicu še uporablja plačani paket: konec obračunskega obdobja, ki ga je že plačala.',
    example: '31. 3. 2027',
  },
  deletionDate: {
    label: 'Datum izbrisa',
    meaning: 'Datum, ko račun in vse njegove podatke trajno izbrišemo, če se do takrat nič ne spremeni.',
    example: '30. 6. 2027',
  },
  pauseEndDate: {
    label: 'Datum konca premora',
    meaning: 'Datum, ko se začasno ustavljena naročnina znova začne: ta dan se vrneta dostop in obračunavanje.',
    example: '1. 9. 2027',
  },
  nextBillingDate: {
    label: 'Datum naslednje bremenitve',
    meaning: 'Datum naslednje redne bremenitve za paket stranke.',
    example: '3. 4. 2027',
  },
  inactivityPeriod: {
    label: 'Čas brez prijave',
    meaning: 'Kako dolgo se v račun ni prijavil nihče, šteto nazaj od dneva, ko pošljete sporočilo; trajanje v obliki, ki sledi besedi „že“.',
    example: '12 mesecev',
  },
  exportExpiryDate: {
    label: 'Datum poteka povezave za prenos',
    meaning: 'Zadnji dan, ko povezava za prenos izvoženih podatkov stranke še deluje.',
    example: '14. 4. 2027',
  },
  timeAsCustomer: {
    label: 'Trajanje naročnine',
    meaning: 'Kako dolgo je bila stranka naročena, kot trajanje v obliki, ki sledi besedi „za“ („Hvala za … z nami“).',
    example: '3 leta',
  },

  // Razlogi, težave in ponudbe (besedne zveze: veliko začetnico in piko doda predloga)
  leavingReason: {
    label: 'Razlog za odhod',
    meaning: 'Razlog, ki ga je stranka navedla ob preklicu, kot stavek z malo začetnico, ki sledi dvopičju („ste kot razlog navedli: …“).',
    example: 'brez internetne povezave ne morete delati',
  },
  whatHasChanged: {
    label: 'Kaj se je spremenilo',
    meaning: 'Kaj se je od odhoda stranke spremenilo in odpravlja njen razlog za odhod, kot stavek z malo začetnico, ki sledi dvopičju.',
    example: 'način brez povezave je zdaj vključen v vse pakete',
  },
  comebackOffer: {
    label: 'Ponudba ob vrnitvi',
    meaning: 'Kaj nekdanja stranka dobi, če naročnino znova aktivira, ali preprosto, da se naročnina nadaljuje po običajni ceni; stavek z malo začetnico, ki sledi dvopičju („Če se odločite za vrnitev, velja tole: …“).',
    example: 'prvi mesec po vrnitvi plačate pol cene',
  },
  reportedProblem: {
    label: 'Sporočena težava',
    meaning: 'Tehnična težava, ki jo je sporočila stranka, kot stavek ali besedna zveza z malo začetnico, ki sledi dvopičju („Omenili ste težavo: …“).',
    example: 'poročila se ne izvozijo v PDF',
  },
  fixStatus: {
    label: 'Stanje popravka',
    meaning: 'Kje je popravek sporočene težave danes, kot so potrdili vaši razvijalci; stavek z malo začetnico, ki sledi dvopičju. Ne obljubljajte datuma, ki ga niso dali.',
    example: 'vzrok smo našli, popravek pa je načrtovan za naslednjo različico',
  },
  chargeCause: {
    label: 'Kaj je šlo narobe',
    meaning: 'Kaj ste ugotovili kot vzrok bremenitve po preklicu, kot stavek z malo začetnico, ki sledi dvopičju („Ugotovili smo tole: …“).',
    example: 'preklic je bil začet, a ni bil potrjen, zato se je naročnina podaljšala',
  },
  declineReason: {
    label: 'Razlog za zavrnitev',
    meaning: 'Zakaj zahteva za vračilo ni zajeta v pravilih vračila, kot stavek z malo začetnico, ki sledi dvopičju („Razlog za to odločitev: …“).',
    example: 'nakup je bil opravljen pred 45 dnevi, naša pravila pa veljajo za prvih 30 dni',
  },
  alternativeOffer: {
    label: 'Druga možnost',
    meaning: 'Kaj lahko stranki ponudite namesto vračila, kot samostalniška zveza v imenovalniku, ki sledi dvopičju („Namesto vračila Vam lahko ponudimo: …“).',
    example: 'brezplačno podaljšanje paketa za en mesec',
  },
  exceptionReason: {
    label: 'Razlog za izjemo',
    meaning: 'Zakaj enkrat vračate denar zunaj pravil vračila, kot odvisni stavek, ki sledi besedi „ker“.',
    example: 'je to Vaša prva takšna zahteva v 6 letih',
  },
  subscriptionAfterRefund: {
    label: 'Naročnina po vračilu',
    meaning: 'Kaj se po tem vračilu zgodi z naročnino stranke, kot povedek, ki nadaljuje „Vaša naročnina …“ (ženski spol, ednina).',
    example: 'je preklicana, zato Vam ne bomo ničesar več zaračunali',
  },

  // Zneski in sklici
  chargeAmount: {
    label: 'Znesek bremenitve',
    meaning: 'Znesek bremenitve, o kateri je govor, natanko tako, kot je prikazan na izpisku stranke, z valuto.',
    example: '348,00 €',
  },
  chargeDate: {
    label: 'Datum bremenitve',
    meaning: 'Datum bremenitve, o kateri je govor, kot je prikazan na izpisku stranke.',
    example: '3. 3. 2027',
  },
  refundAmount: {
    label: 'Znesek vračila',
    meaning: 'Znesek, ki ga stranki vračamo, z valuto.',
    example: '49,00 €',
  },
  refundDate: {
    label: 'Datum vračila',
    meaning: 'Datum, ko smo vračilo nakazali z naše strani (ne datum, ko ga prikaže banka).',
    example: '5. 3. 2027',
  },
  timeUsed: {
    label: 'Izkoriščeni čas',
    meaning: 'Kolikšen del plačanega obračunskega obdobja je stranka porabila pred preklicem, kot trajanje.',
    example: '4 od 12 mesecev',
  },
  usedAmount: {
    label: 'Znesek za izkoriščeni čas',
    meaning: 'Koliko stane porabljeni del obračunskega obdobja, z valuto: del bremenitve, ki ga obdržimo.',
    example: '116,00 €',
  },
  paymentMethod: {
    label: 'Plačilno sredstvo',
    meaning: 'Plačilno sredstvo, shranjeno za to bremenitev ali vračilo, tako, da ga stranka prepozna; samostalniška zveza v imenovalniku, brez „Vaša“ (besedilo jo postavi za dvopičje ali v oklepaj).',
    example: 'kartica Visa, ki se končuje s 4242',
  },
  refundReference: {
    label: 'Referenčna številka vračila',
    meaning: 'Oznaka, po kateri banka stranke izsledi vračilo: ARN pri vračilu na kartico ali sklic pri bančnem nakazilu.',
    example: '74987504309258603918274',
  },
  orderNumber: {
    label: 'Številka naročila',
    meaning: 'Številka naročila ali računa za nakup, o katerem je govor, kot je navedena na potrdilu stranke.',
    example: 'BW-20417',
  },
  ticketNumber: {
    label: 'Številka zahtevka',
    meaning: 'Oznaka tega pogovora v vašem orodju za podporo.',
    example: '58213',
  },
  appStore: {
    label: 'Trgovina z aplikacijami',
    meaning: 'Ime trgovine z aplikacijami ali spletne tržnice, prek katere je stranka kupila naročnino, brez besede „trgovina“ (besedilo jo doda samo).',
    example: 'App Store',
  },

  // Roki za vračilo (vsak je štet od navedenega dne)
  requestDate: {
    label: 'Datum zahteve',
    meaning: 'Datum, ko smo prejeli zahtevo stranke za vračilo.',
    example: '2. 3. 2027',
  },
  decisionTime: {
    label: 'Čas do odločitve',
    meaning: 'Koliko časa največ potrebujemo za odločitev o zahtevi za vračilo, šteto od dneva, ko jo prejmemo; trajanje v obliki, ki sledi besedi „največ“.',
    example: '3 delovne dni',
  },
  decisionDate: {
    label: 'Datum odločitve',
    meaning: 'Datum, do katerega bo stranka prejela našo odločitev o svoji zahtevi za vračilo.',
    example: '5. 3. 2027',
  },
  bankPostingTime: {
    label: 'Čas knjiženja pri banki',
    meaning: 'Koliko časa banka ali izdajatelj kartice stranke običajno potrebuje, da vračilo prikaže, šteto od dneva, ko denar nakažemo; trajanje v obliki, ki sledi besedi „potrebujejo“.',
    example: '5–10 delovnih dni',
  },
  replyByDate: {
    label: 'Rok za odgovor',
    meaning: 'Datum, po katerem zahtevo za vračilo zapremo, če nam stranka do takrat ne pošlje podatkov, za katere smo jo prosili.',
    example: '16. 3. 2027',
  },

  // Povezave
  billingSettingsLink: {
    label: 'Povezava do nastavitev naročnine',
    meaning: 'Povezava do strani, kjer stranke same prekličejo, začasno ustavijo ali spremenijo naročnino.',
    example: 'https://app.brightwave.si/nastavitve/narocnina',
  },
  restartLink: {
    label: 'Povezava za ponovno aktivacijo',
    meaning: 'Povezava, prek katere stranka znova aktivira preklicano ali potečeno naročnino in po potrebi sproti posodobi plačilne podatke.',
    example: 'https://app.brightwave.si/ponovna-aktivacija',
  },
  pauseLink: {
    label: 'Povezava za premor',
    meaning: 'Povezava, prek katere stranka začasno ustavi naročnino.',
    example: 'https://app.brightwave.si/nastavitve/narocnina/premor',
  },
  planChangeLink: {
    label: 'Povezava za menjavo paketa',
    meaning: 'Povezava, kjer stranka preide na drug paket.',
    example: 'https://app.brightwave.si/nastavitve/narocnina/paketi',
  },
  exportLink: {
    label: 'Povezava za izvoz podatkov',
    meaning: 'Povezava, kjer stranka prenese kopijo vseh svojih podatkov.',
    example: 'https://app.brightwave.si/izvoz',
  },
  signInLink: {
    label: 'Povezava za prijavo',
    meaning: 'Povezava do strani za prijavo v račun stranke.',
    example: 'https://app.brightwave.si/prijava',
  },
  surveyLink: {
    label: 'Povezava do ankete',
    meaning: 'Povezava do vaše kratke ankete o razlogih za odhod.',
    example: 'https://brightwave.si/anketa',
  },
  policyLink: {
    label: 'Povezava do pravil vračila',
    meaning: 'Povezava do vaših objavljenih pravil vračila denarja.',
    example: 'https://brightwave.si/pravila-vracila',
  },
  storeRefundLink: {
    label: 'Povezava za vračilo v trgovini',
    meaning: 'Povezava do strani trgovine z aplikacijami ali spletne tržnice, kjer stranke zahtevajo vračilo denarja.',
    example: 'https://reportaproblem.apple.com',
  },

  // Batch 1: failed-payments
  // (invoiceNumber, invoiceAmount, paymentUpdateLink in billingHistoryLink se uporabljajo tudi v
  // billing-changes; vsak ohrani en sam pomen, zapisan tukaj.)
  amountDue: {
    label: 'Neplačani znesek',
    meaning: 'Znesek plačila, ki ni uspelo, ali neplačanega dela računa, z valuto: kar stranka dolguje, dokler ni plačano.',
    example: '29,00 €',
  },
  failedPaymentDate: {
    label: 'Datum neuspelega plačila',
    meaning: 'Datum našega prvega poskusa, da bremenimo neplačani znesek: poskusa, ki ga je banka zavrnila.',
    example: '3. 3. 2027',
  },
  nextRetryDate: {
    label: 'Datum naslednjega poskusa',
    meaning: 'Datum našega naslednjega samodejnega poskusa, da neplačani znesek bremenimo na shranjeno plačilno sredstvo.',
    example: '7. 3. 2027',
  },
  suspensionDate: {
    label: 'Datum onemogočitve računa',
    meaning: 'Datum, ko račun zaradi neplačila začasno onemogočimo, če neplačani znesek do takrat še ne bo poravnan, ali datum, ko smo ga onemogočili.',
    example: '17. 3. 2027',
  },
  suspendedAccess: {
    label: 'Dostop med onemogočitvijo',
    meaning: 'Kaj stranka lahko in česa ne more, dokler je njen račun zaradi neplačila začasno onemogočen; stavek z malo začetnico, ki nadaljuje „Dokler je račun onemogočen, …“.',
    example: 'se lahko še vedno prijavite in prenesete svoje podatke, ne morete pa ničesar ustvariti ali urediti',
  },
  cardExpiryMonth: {
    label: 'Mesec poteka kartice',
    meaning: 'Mesec in leto, ko poteče shranjena kartica stranke: ime meseca z malo začetnico in leto, v rodilniku, ki sledi besedi „konec“ („poteče konec …“).',
    example: 'aprila 2027',
  },
  paymentUpdateLink: {
    label: 'Povezava za posodobitev plačilnih podatkov',
    meaning: 'Povezava do strani, kjer stranka zamenja plačilno sredstvo in poravna neplačani znesek, tudi potrdi plačilo, ki ga mora odobriti v banki.',
    example: 'https://app.brightwave.si/nastavitve/placilo',
  },
  invoiceNumber: {
    label: 'Številka računa',
    meaning: 'Številka, natisnjena na računu, o katerem je govor; pri popravljenem računu številka prvotnega računa, ki ga popravljeni nadomešča.',
    example: 'BW-2027-0142',
  },
  invoiceAmount: {
    label: 'Znesek računa',
    meaning: 'Skupni znesek računa, o katerem je govor, z DDV in valuto.',
    example: '1.190,00 €',
  },
  invoiceDueDate: {
    label: 'Datum zapadlosti računa',
    meaning: 'Rok plačila, natisnjen na računu, o katerem je govor.',
    example: '3. 3. 2027',
  },
  amountReceived: {
    label: 'Prejeti znesek',
    meaning: 'Znesek plačila, o katerem je govor, ki je uspelo ali prispelo na naš bančni račun, z valuto; pri dvakrat plačanem računu znesek vsakega od obeh plačil.',
    example: '1.175,00 €',
  },
  paymentReceivedDate: {
    label: 'Datum prejema plačila',
    meaning: 'Datum, ko je plačilo, o katerem je govor, uspelo ali prispelo na naš bančni račun; pri dvakrat plačanem računu datum drugega plačila.',
    example: '9. 3. 2027',
  },
  billingHistoryLink: {
    label: 'Povezava do zgodovine plačil',
    meaning: 'Povezava do strani v računu stranke, kjer so za prenos zbrani vsi njeni računi in potrdila o plačilu.',
    example: 'https://app.brightwave.si/nastavitve/placilo/zgodovina',
  },

  // Batch 1: billing-changes
  priceChangeDate: {
    label: 'Datum spremembe cene',
    meaning: 'Datum prve bremenitve stranke po novi ceni: njeno prvo podaljšanje na dan, ko začnejo veljati nove cene, ali po njem.',
    example: '3. 5. 2027',
  },
  priceAfterIncrease: {
    label: 'Cena po podražitvi',
    meaning: 'Cena trenutnega paketa stranke za eno obračunsko obdobje od datuma spremembe cene naprej, z valuto in obdobjem.',
    example: '35,00 € na mesec',
  },
  priceChangeReason: {
    label: 'Razlog za podražitev',
    meaning: 'Zakaj zvišujete ceno, v enem ali dveh konkretnih dejstvih, kot odvisni stavek, ki sledi besedi „ker“ („Za to spremembo smo se odločili, ker …“).',
    example: 'smo v vse pakete dodali podporo v klepetu v živo in neomejen prostor za shranjevanje, stroški gostovanja pa so se nam zvišali',
  },
  priceGuarantee: {
    label: 'Trajanje sedanje cene',
    meaning: 'Kako dolgo stranka obdrži sedanjo ceno in kaj to obdobje konča, kot prislovna zveza, ki konča stavek „Za paket [Paket] boste obdržali sedanjo ceno [Cena paketa] …“.',
    example: 'do podaljšanja 31. 3. 2028',
  },
  newPlan: {
    label: 'Novi paket',
    meaning: 'Ime paketa, na katerega stranka prehaja ali je prešla, brez besede „paket“ (besedilo jo doda samo).',
    example: 'Business',
  },
  newPlanPrice: {
    label: 'Cena novega paketa',
    meaning: 'Cena novega paketa za eno obračunsko obdobje, z valuto in obdobjem.',
    example: '49,00 € na mesec',
  },
  newPlanChanges: {
    label: 'Spremembe v novem paketu',
    meaning: 'Kaj se za stranko spremeni v cenejšem paketu, na katerega prehaja, tudi kaj se zgodi z vsem, kar presega njegove omejitve; stavek z malo začetnico, ki sledi dvopičju („V paketu [Novi paket] se spremeni tole: …“).',
    example: 'imate lahko največ 3 člane ekipe, projekti nad omejitvijo 10 pa bodo samo za branje, dokler nekaterih ne arhivirate',
  },
  planChangeDate: {
    label: 'Datum menjave paketa',
    meaning: 'Datum, ko je stranka sredi obračunskega obdobja s prejšnjega paketa prešla na novi paket.',
    example: '18. 3. 2027',
  },
  newPlanRemainingCost: {
    label: 'Cena novega paketa za preostanek obdobja',
    meaning: 'Koliko stane novi paket za dneve od datuma menjave paketa do konca trenutnega obračunskega obdobja, z valuto.',
    example: '24,50 €',
  },
  previousPlanCredit: {
    label: 'Odbitek za prejšnji paket',
    meaning: 'Koliko je stranka za prejšnji paket že plačala za dneve od datuma menjave paketa do konca trenutnega obračunskega obdobja, z valuto: znesek, ki ga odštejemo od bremenitve.',
    example: '14,50 €',
  },
  statementName: {
    label: 'Ime na izpisku',
    meaning: 'Ime, pod katerim so vaše bremenitve prikazane na bančnih izpiskih in izpiskih kartic strank, natanko tako, kot je tam zapisano.',
    example: 'BRIGHTWAVE* NAROCNINA',
  },
  chargePurpose: {
    label: 'Namen bremenitve',
    meaning: 'Kaj je stranka s to bremenitvijo plačala, kot samostalniška zveza v imenovalniku, ki sledi besedama „to je“.',
    example: 'letno podaljšanje paketa Pro',
  },
  accountEmail: {
    label: 'E-poštni naslov računa',
    meaning: 'E-poštni naslov, s katerim je registriran račun stranke.',
    example: 'maja.novak@primer.si',
  },
  accountEmailHint: {
    label: 'Delno skriti e-poštni naslov',
    meaning: 'E-poštni naslov, s katerim je registriran račun, delno skrit (vidni sta le prva črka in domena), da ga lastnik prepozna, nihče drug pa ga ne izve.',
    example: 'm•••@primer.si',
  },
  correctedDetails: {
    label: 'Popravljeni podatki',
    meaning: 'Kaj ste na računu popravili, kot samostalniška zveza v imenovalniku z malo začetnico, ki sledi dvopičju („… nov račun s temi popravki: …“).',
    example: 'novo ime Vašega podjetja in dodana identifikacijska številka za DDV',
  },
  correctedInvoiceNumber: {
    label: 'Številka popravljenega računa',
    meaning: 'Številka novega računa, ki ste ga izdali namesto računa, o katerem je govor.',
    example: 'BW-2027-0187',
  },

  // Batch 1: trials-and-onboarding
  trialLength: {
    label: 'Trajanje brezplačnega preizkusa',
    meaning: 'Koliko časa traja brezplačni preizkus, šteto od dneva, ko se stranka registrira; trajanje v obliki, ki sledi besedi „traja“.',
    example: '14 dni',
  },
  trialEndDate: {
    label: 'Datum konca preizkusa',
    meaning: 'Datum, ko se brezplačni preizkus stranke konča, upoštevaje morebitno podaljšanje; do konca tega dne ima stranka poln dostop.',
    example: '17. 3. 2027',
  },
  trialEndOutcome: {
    label: 'Kaj se zgodi ob koncu preizkusa',
    meaning: 'Kaj se ob koncu brezplačnega preizkusa zgodi z računom in obračunom stranke, kot stavek, ki nadaljuje „Ko se brezplačni preizkus konča, …“.',
    example: 'Vaš račun preide na brezplačni paket, razen če do takrat izberete plačljivega',
  },
  accountAfterTrial: {
    label: 'Račun po preizkusu',
    meaning: 'Kakšen je račun stranke, ko se je brezplačni preizkus končal brez plačljivega paketa, in do kdaj hranite podatke, če jih potem izbrišete; povedkovo določilo, ki nadaljuje „Vaš račun je zdaj …“ in „Vaš račun bo …“ (moški spol, ednina).',
    example: 'samo za branje: še vedno se lahko prijavite in do 16. 4. 2027 izvozite svoje podatke',
  },
  trialExtension: {
    label: 'Podaljšanje preizkusa',
    meaning: 'Koliko časa ste dodali brezplačnemu preizkusu stranke; trajanje v obliki, ki sledi besedi „za“ („podaljšali za …“).',
    example: '7 dni',
  },
  firstStep: {
    label: 'Prvi korak',
    meaning: 'Dejanje, ki novi stranki pokaže, kaj ji izdelek prinaša, kot odvisni stavek v 2. osebi množine, ki sledi „Začnite tako, da …“.',
    example: 'uvozite stike iz preglednice',
  },
  trialProgress: {
    label: 'Napredek v preizkusu',
    meaning: 'Kaj je stranka v preizkusu že naredila, kot besedna zveza z deležnikom na -li, ki sledi „Vidim, da ste …“.',
    example: 'uvozili 120 stikov in poslali prvo kampanjo',
  },
  signUpDate: {
    label: 'Datum registracije',
    meaning: 'Datum, ko je stranka ustvarila račun.',
    example: '3. 3. 2027',
  },
  callLength: {
    label: 'Trajanje klica',
    meaning: 'Koliko časa običajno traja klic z vašo ekipo za nastavitev računa; trajanje v obliki, ki sledi besedi „traja“.',
    example: '30 minut',
  },
  gettingStartedLink: {
    label: 'Povezava do vodiča za začetek',
    meaning: 'Povezava do vašega vodiča ali kontrolnega seznama, ki novo stranko vodi skozi nastavitev računa.',
    example: 'https://pomoc.brightwave.si/prvi-koraki',
  },
  choosePlanLink: {
    label: 'Povezava za izbiro paketa',
    meaning: 'Povezava, kjer stranka med brezplačnim preizkusom ali po njem primerja plačljive pakete, izbere enega in vnese plačilne podatke.',
    example: 'https://app.brightwave.si/paketi',
  },
  bookingLink: {
    label: 'Povezava za rezervacijo termina',
    meaning: 'Povezava, kjer stranka izbere termin za klic z vašo ekipo.',
    example: 'https://brightwave.si/termin/nastavitev',
  },

  // Batch 1: service-incidents
  // Časi vključujejo časovni pas in, kjer to pove pomen, datum.
  incidentStartTime: {
    label: 'Začetek motnje',
    meaning: 'Kdaj je motnja prvič prizadela stranke: datum in ura s časovnim pasom, v obliki, ki stoji sama ali za besedo „od“.',
    example: '12. 3. 2027 ob 9.40 (CET)',
  },
  incidentEndTime: {
    label: 'Konec motnje',
    meaning: 'Kdaj je vse, kar je motnja prizadela, spet delovalo normalno: datum in ura s časovnim pasom, v obliki, ki sledi besedi „do“.',
    example: '12. 3. 2027 ob 11.15 (CET)',
  },
  affectedFeatures: {
    label: 'Prizadete funkcije',
    meaning: 'Deli izdelka, ki zaradi te motnje ne delujejo ali so počasni, poimenovani tako, kot jih poimenujejo stranke; samostalniška zveza v imenovalniku z malo začetnico, ki sledi dvopičju („Prizadeti so ti deli storitve: …“).',
    example: 'prijava in nalaganje datotek',
  },
  nextUpdateTime: {
    label: 'Čas naslednjega obvestila',
    meaning: 'Do kdaj objavimo naslednje obvestilo o tej motnji: ura s časovnim pasom in datum, če to ni dan pošiljanja sporočila, v obliki, ki sledi besedi „do“.',
    example: '11.00 (CET)',
  },
  incidentProgress: {
    label: 'Napredek pri odpravi motnje',
    meaning: 'Kaj se je pri tej motnji spremenilo od zadnjega obvestila, kot so potrdili vaši razvijalci: kaj so ugotovili ali naredili in kaj spet deluje; stavek z malo začetnico, ki sledi „Od zadnjega obvestila se je spremenilo tole: …“. Brez ugibanja o vzroku in brez časa konca, ki ga razvijalci niso obljubili.',
    example: 'našli smo napačno posodobitev podatkovne zbirke in jo razveljavljamo, prijava pa za večino strank spet deluje',
  },
  incidentCause: {
    label: 'Vzrok motnje',
    meaning: 'Kaj je povzročilo to motnjo, preprosto povedano in le toliko, kolikor so potrdili vaši razvijalci; če vzrok še ni potrjen, to povejte (na primer, da ga še raziskujemo in da ga bo pojasnilo poročilo). Samostalniška zveza v imenovalniku ali stavek z malo začetnico, ki sledi dvopičju („Kar zadeva vzrok: …“, „Kaj jo je povzročilo: …“).',
    example: 'sprememba nastavitev na strežnikih podatkovne zbirke, zaradi katere niso več sprejemali novih povezav',
  },
  incidentFix: {
    label: 'Način odprave motnje',
    meaning: 'Kaj je vaša ekipa naredila, da je motnjo odpravila; samostalniška zveza v imenovalniku z malo začetnico, ki sledi dvopičju („Odpravili smo jo takole: …“, „Kako smo jo odpravili: …“).',
    example: 'razveljavitev spremembe in ponovni zagon prizadetih strežnikov',
  },
  dataImpact: {
    label: 'Vpliv na podatke',
    meaning: 'Kaj je ta motnja pomenila za podatke strank, kot so potrdili vaši razvijalci; stavek z malo začetnico, ki sledi dvopičju („Kar zadeva Vaše podatke: …“, „Vaši podatki: …“).',
    example: 'nič se ni izgubilo, datoteke, naložene med motnjo, pa so se shranile, ko je bila odpravljena',
  },
  postIncidentReportDate: {
    label: 'Datum poročila o motnji',
    meaning: 'Datum, do katerega strankam pošljemo celotno poročilo o tej motnji.',
    example: '19. 3. 2027',
  },
  preventionSteps: {
    label: 'Ukrepi za preprečitev',
    meaning: 'Kaj je vaša ekipa spremenila ali bo spremenila do datuma, ki ga je obljubila, da se ta motnja ne bi ponovila; stavek z malo začetnico, ki sledi dvopičju („Kaj spreminjamo: …“).',
    example: 'vsako spremembo podatkovne zbirke zdaj najprej preizkusimo na kopiji dejanskega prometa, opozorilo pa razvijalce v 2 minutah obvesti, če povezave ne uspejo',
  },
  postIncidentReportLink: {
    label: 'Povezava do poročila o motnji',
    meaning: 'Povezava do celotnega poročila o tej motnji s podrobnim potekom dogodkov.',
    example: 'https://status.brightwave.si/motnje/2027-03-12',
  },
  statusPageLink: {
    label: 'Povezava do strani o stanju storitve',
    meaning: 'Povezava do vaše javne strani o stanju storitve, kjer objavljate obvestila o motnjah in vzdrževanju.',
    example: 'https://status.brightwave.si',
  },
  maintenanceStart: {
    label: 'Začetek vzdrževanja',
    meaning: 'Kdaj se začne načrtovano vzdrževanje: dan, datum in ura s časovnim pasom, v obliki, ki stoji sama za glagolom („Vzdrževanje se začne …“).',
    example: 'v soboto, 20. 3. 2027, ob 23.00 (CET)',
  },
  maintenanceDuration: {
    label: 'Trajanje vzdrževanja',
    meaning: 'Najdaljši napovedani čas vzdrževanja, šteto od začetka vzdrževanja; trajanje z enoto v obliki, ki sledi besedi „največ“ (besedilo jo doda samo).',
    example: '2 uri',
  },
  maintenancePurpose: {
    label: 'Namen vzdrževanja',
    meaning: 'Kaj z vzdrževanjem naredimo, preprosto povedano; samostalniška zveza v imenovalniku z malo začetnico, ki sledi dvopičju („Čas vzdrževanja bomo porabili za tole: …“).',
    example: 'prenos Vaših podatkov na novejše in hitrejše strežnike',
  },
  maintenanceImpact: {
    label: 'Vpliv vzdrževanja',
    meaning: 'Česa stranke med vzdrževanjem ne bodo mogle narediti in kaj bo še delovalo, kot stavek v prihodnjiku, naslovljen na „Vi“, ki nadaljuje „Med vzdrževanjem …“ in „Dokler vzdrževanje ne bo končano, …“.',
    example: 'se ne boste mogli prijaviti in sinhronizirati datotek, povezave v skupni rabi pa bodo delovale kot običajno',
  },
  revisedMaintenanceEnd: {
    label: 'Novi predvideni konec vzdrževanja',
    meaning: 'Kdaj zdaj pričakujemo, da bo vzdrževanje, ki se je zavleklo, končano: datum in ura s časovnim pasom, v obliki, ki sledi besedi „do“.',
    example: '21. 3. 2027 ob 3.00 (CET)',
  },
  maintenanceDelayReason: {
    label: 'Razlog za zamudo pri vzdrževanju',
    meaning: 'Zakaj vzdrževanje traja dlje od napovedanega, kot odvisni stavek, ki sledi besedi „ker“.',
    example: 'kopiranje podatkov traja dlje kot v naših preizkusih',
  },
  availabilityCommitment: {
    label: 'Zagotovljena razpoložljivost',
    meaning: 'Razpoložljivost, ki jo za paket stranke zagotavlja vaš sporazum o ravni storitev (SLA), v odstotkih.',
    example: '99,9 %',
  },
  measuredAvailability: {
    label: 'Izmerjena razpoložljivost',
    meaning: 'Razpoložljivost računa stranke, ki ste jo izmerili v obdobju SLA, v odstotkih, izračunana tako, kot določa SLA.',
    example: '99,62 %',
  },
  slaPeriod: {
    label: 'Obdobje SLA',
    meaning: 'Obdobje, v katerem SLA meri razpoložljivost in v katerem se je zgodila ta motnja, kot mesec ali drugo obdobje v imenovalniku, ki sledi besedi „obdobje“ („za obdobje …“).',
    example: 'marec 2027',
  },
  serviceCreditAmount: {
    label: 'Znesek dobropisa po SLA',
    meaning: 'Dobropis, ki stranki za obdobje SLA pripada po sporazumu o ravni storitev, kot znesek z valuto.',
    example: '120,00 €',
  },
  slaLink: {
    label: 'Povezava do sporazuma SLA',
    meaning: 'Povezava do vašega objavljenega sporazuma o ravni storitev (SLA), skupaj z načinom izračuna dobropisov.',
    example: 'https://brightwave.si/pravno/sla',
  },
  discoveryDate: {
    label: 'Datum odkritja incidenta',
    meaning: 'Datum, ko je vaša ekipa izvedela za varnostni incident.',
    example: '9. 3. 2027',
  },
  securityIncidentSummary: {
    label: 'Opis varnostnega incidenta',
    meaning: 'Kaj se je zgodilo pri varnostnem incidentu, stvarno in le toliko, kolikor je potrdila vaša preiskava: kdo ali kaj in kdaj; odvisni stavek, ki sledi „ugotovili smo, da …“. Besedilo uskladite s pravno službo.',
    example: 'je nekdo zunaj našega podjetja z ukradenim geslom zaposlenega med 2. 3. in 4. 3. 2027 pregledoval podatke strank v našem orodju za podporo',
  },
  dataInvolved: {
    label: 'Zajeti podatki',
    meaning: 'Podatki strank, ki jih je varnostni incident zajel, kolikor je potrdila vaša preiskava; samostalniška zveza v imenovalniku z malo začetnico, ki sledi dvopičju („Incident je zajel te podatke: …“).',
    example: 'Vaše ime, Vaš e-poštni naslov in besedilo Vaših zahtevkov za podporo',
  },
  dataNotInvolved: {
    label: 'Podatki, ki niso bili zajeti',
    meaning: 'Vrste občutljivih podatkov, ki jih varnostni incident po dosedanji preiskavi ni zajel, povezane z „ali“; samostalniška zveza v imenovalniku z malo začetnico, ki sledi dvopičju („ni zajel teh podatkov: …“).',
    example: 'Vaše geslo ali podatki Vaše plačilne kartice',
  },
  securityActionsTaken: {
    label: 'Izvedeni varnostni ukrepi',
    meaning: 'Kaj je vaša ekipa naredila, odkar je odkrila varnostni incident, kot besedna zveza z deležnikom na -li, ki sledi „Od takrat smo …“.',
    example: 'zaklenili uporabljeni račun, ponastavili gesla vseh zaposlenih in zunanje podjetje za varnost prosili, naj pregleda naše sisteme',
  },
  recommendedSteps: {
    label: 'Priporočeni koraki',
    meaning: 'Kaj stranki svetujete, da se po varnostnem incidentu zaščiti, kot odvisni stavek v 2. osebi množine, ki sledi „Priporočamo, da …“.',
    example: 'spremenite geslo za Brightwave in vklopite prijavo v dveh korakih',
  },

  // Batch 1: bugs-and-feature-requests
  bugReviewTime: {
    label: 'Čas za pregled napake',
    meaning: 'Koliko časa vaši razvijalci običajno potrebujejo za pregled novega poročila o napaki, šteto od dneva, ko ga prejmemo; trajanje v obliki, ki sledi besedi „potrebujejo“.',
    example: '2 delovna dneva',
  },
  bugReplyByDate: {
    label: 'Rok za odgovor o napaki',
    meaning: 'Datum, po katerem poročilo o napaki zapremo, če nam stranka do takrat ne pošlje podatkov, za katere smo jo prosili.',
    example: '16. 3. 2027',
  },
  workaround: {
    label: 'Začasna rešitev',
    meaning: 'Kako stranka lahko opravi svoje delo, dokler napaka ostaja, kot koraki v besedni zvezi z glagolom v 2. osebi množine, ki sledi „Dokler napake ne odpravimo, lahko …“.',
    example: 'odprete poročilo, izberete Natisni in kot tiskalnik izberete Shrani kot PDF',
  },
  howToGetFix: {
    label: 'Kako do popravka',
    meaning: 'Kaj mora stranka narediti, da dobi popravek, kot navodilo z glagolom v velelniku 2. osebe množine na začetku, ki sledi „Da dobite popravek, …“.',
    example: 'posodobite aplikacijo na različico 4.2.1 v trgovini App Store ali Google Play',
  },
  requestedFeature: {
    label: 'Želena funkcija',
    meaning: 'Funkcija, ki jo je stranka želela, kot samostalniška zveza v imenovalniku z malo začetnico, ki sledi dvopičju („Predlagali ste novo funkcijo: …“).',
    example: 'samodejni izvoz v Google Preglednice po urniku',
  },
  featureDeclineReason: {
    label: 'Razlog, da funkcije ne bomo razvili',
    meaning: 'Zakaj se je vaša ekipa odločila, da želene funkcije ne bo razvila, kot odvisni stavek, ki sledi besedi „ker“.',
    example: 'bi morali hraniti Vaše geslo za Google, gesel za druge storitve pa ne hranimo',
  },
  suggestedAlternative: {
    label: 'Predlagana rešitev',
    meaning: 'Obstoječa funkcija, nastavitev ali povezava z drugo storitvijo, s katero stranka na drug način dobi, kar potrebuje; samostalniška zveza v imenovalniku z malo začetnico, ki sledi dvopičju („Namesto tega predlagam tole: …“).',
    example: 'naša povezava z Zapierjem, ki lahko vsako novo poročilo pošlje v Google Preglednice',
  },
  howItWorks: {
    label: 'Kako funkcija deluje',
    meaning: 'Kako se izdelek vede v primeru, ki ga je stranka sporočila kot napako, in zakaj je tako zasnovan; stavek z malo začetnico, ki sledi dvopičju („Deluje takole: …“).',
    example: 'arhivirani projekti se ne prikažejo med rezultati iskanja, da iskanje ostane hitro tudi v velikih delovnih prostorih',
  },
  featureAvailability: {
    label: 'Dostopnost funkcije',
    meaning: 'Katere stranke lahko uporabljajo novo funkcijo in ali je treba zanjo doplačati; samostalniška zveza v imenovalniku z malo začetnico, ki sledi dvopičju („Kdo jo lahko uporablja: …“).',
    example: 'stranke v vseh paketih, brez doplačila',
  },
  featureGuideLink: {
    label: 'Povezava do navodil za funkcijo',
    meaning: 'Povezava do članka pomoči, ki pojasni, kako novo funkcijo nastavite in uporabljate.',
    example: 'https://pomoc.brightwave.si/samodejni-izvoz',
  },
  betaLimitations: {
    label: 'Omejitve beta različice',
    meaning: 'Kaj v beta različici še ni dokončano ali se lahko še spremeni, kot stavek z malo začetnico, ki nadaljuje „Ker gre za beta različico, …“.',
    example: 'izvoz v Excel še ni pripravljen, postavitev pa se lahko do končne izdaje še spremeni',
  },
  betaSignUpLink: {
    label: 'Povezava za sodelovanje v beta programu',
    meaning: 'Povezava, prek katere se stranka pridruži beta programu.',
    example: 'https://app.brightwave.si/beta/samodejni-izvoz',
  },
  roadmapLink: {
    label: 'Povezava do javnega načrta razvoja',
    meaning: 'Povezava do vašega javnega načrta razvoja, kjer stranke spremljajo načrtovane funkcije.',
    example: 'https://brightwave.si/nacrt-razvoja',
  },

  // Batch 2: ticket-lifecycle
  // (ticketNumber je zahtevek, o katerem je sporočilo; pri združitvi zahtevek, ki ostane.)
  ticketTopic: {
    label: 'Zadeva zahtevka',
    meaning: 'O čem je zahtevek, z besedami, ki jih stranka prepozna: samostalniška zveza v imenovalniku z malo začetnico, ki jo besedilo postavi za „zadeva:“ v oklepaju ali za dvopičje („Vaš zahtevek [Številka zahtevka] (zadeva: …)“).',
    example: 'stiki, ki manjkajo po uvozu',
  },
  replyTime: {
    label: 'Odzivni čas',
    meaning: 'Koliko časa naša ekipa za podporo običajno potrebuje za odgovor na sporočilo stranke (prvi odgovor na nov zahtevek ali odgovor na njen odgovor), šteto od prejema; trajanje v tožilniku, ki sledi besedama „največ“ in „več kot“.',
    example: '1 delovni dan',
  },
  supportHours: {
    label: 'Delovni čas podpore',
    meaning: 'Dnevi in ure, ko naša ekipa za podporo običajno odgovarja na zahtevke, s časovnim pasom; prislovna zveza, ki sledi „Na zahtevke odgovarjamo …“ ali dvopičju.',
    example: 'od ponedeljka do petka od 9.00 do 17.00 (CET)',
  },
  helpCenterLink: {
    label: 'Povezava do centra za pomoč',
    meaning: 'Povezava do vašega centra za pomoč, kjer stranke brez pisanja najdejo navodila in odgovore na pogosta vprašanja.',
    example: 'https://pomoc.brightwave.si',
  },
  infoNeeded: {
    label: 'Potrebni podatki',
    meaning: 'Podatki, ki jih potrebujete od stranke, preden lahko z zahtevkom nadaljujete; samostalniška zveza v imenovalniku z malo začetnico, ki sledi dvopičju („Pošljite mi, prosim, tole: …“, „še potrebujem tole: …“).',
    example: 'e-poštni naslov Vašega računa in posnetek zaslona s sporočilom o napaki',
  },
  nextStepWithInfo: {
    label: 'Naslednji korak s podatki',
    meaning: 'Kaj boste naredili, ko vam stranka pošlje zahtevane podatke: glagolska zveza v 1. osebi ednine sedanjika (brez oznake spola), ki sledi „S temi podatki lahko …“.',
    example: 'poiščem Vaš uvoz in preverim, zakaj se je ustavil na polovici',
  },
  ticketCloseDate: {
    label: 'Datum zaprtja zahtevka',
    meaning: 'Datum, ko ta zahtevek zapremo, če nam stranka do takrat ne odgovori.',
    example: '19. 3. 2027',
  },
  reopenPeriod: {
    label: 'Čas za ponovno odprtje',
    meaning: 'Kako dolgo odgovor na zaprt zahtevek še znova odpre ta zahtevek, šteto od dneva zaprtja; trajanje v tožilniku, ki sledi besedi „še“ ali „najpozneje“ („… še [trajanje] od dneva zaprtja“, „najpozneje [trajanje] po dnevu zaprtja“). Pozneje odgovor odpre nov zahtevek.',
    example: '30 dni',
  },
  solutionSummary: {
    label: 'Povzetek rešitve',
    meaning: 'Kaj ste spremenili ali ugotovili in s tem rešili težavo stranke, kot je potrdila vaša ekipa; stavek z malo začetnico, ki sledi dvopičju („Spremenilo se je tole: …“).',
    example: '14 manjkajočih stikov je spet v Vašem imeniku, uvozi pa zdaj tečejo do konca',
  },
  receivingTeam: {
    label: 'Prevzemna ekipa',
    meaning: 'Ekipa, ki ji predajate zahtevek, kot samostalniška zveza v imenovalniku, ki se začne z besedo „ekipa“ (ženski spol, ednina), za glagolom („zahtevek je prevzela …“).',
    example: 'ekipa za obračun',
  },
  handoverReason: {
    label: 'Razlog za predajo',
    meaning: 'Zakaj je prevzemna ekipa prava za ta zahtevek, kot odvisni stavek, ki sledi besedi „ker“.',
    example: 'lahko samo ta ekipa spremeni podatke na računu, ki je že izdan',
  },
  teamReplyTime: {
    label: 'Odzivni čas prevzemne ekipe',
    meaning: 'Koliko časa ekipa, ki ji predate zahtevek, običajno potrebuje za odgovor, šteto od predaje; trajanje v tožilniku, ki sledi besedi „največ“.',
    example: '2 delovna dneva',
  },
  satisfactionSurveyLink: {
    label: 'Povezava do ankete o zadovoljstvu',
    meaning: 'Povezava do ankete z enim vprašanjem, v kateri stranka oceni pomoč, ki jo je dobila pri tem zahtevku.',
    example: 'https://brightwave.si/anketa/zahtevek-58213',
  },
  reducedHoursOccasion: {
    label: 'Razlog za krajši delovni čas',
    meaning: 'Kdaj ali zakaj ekipa za podporo dela krajši čas, kot prislovna zveza s predlogom („med …“, „zaradi …“), ki stoji sredi stavka („Naša ekipa bo … delala krajši čas“).',
    example: 'med novoletnimi prazniki',
  },
  reducedHoursStart: {
    label: 'Začetek krajšega delovnega časa',
    meaning: 'Prvi dan, ko ekipa za podporo dela krajši čas.',
    example: '24. 12. 2027',
  },
  reducedHoursEnd: {
    label: 'Konec krajšega delovnega časa',
    meaning: 'Zadnji dan, ko ekipa za podporo dela krajši čas; naslednji dan spet velja običajni delovni čas podpore.',
    example: '2. 1. 2028',
  },
  reducedHours: {
    label: 'Krajši delovni čas podpore',
    meaning: 'Kdaj ekipa za podporo med začetkom in koncem krajšega delovnega časa odgovarja na zahtevke, s časovnim pasom in dnevi brez podpore; prislovna zveza, ki sledi „na zahtevke odgovarjamo …“.',
    example: 'od ponedeljka do petka od 10.00 do 14.00 (CET), razen 25. 12. in 1. 1.',
  },
  reducedHoursReplyTime: {
    label: 'Odzivni čas v krajšem delovnem času',
    meaning: 'Koliko časa ekipa za podporo med začetkom in koncem krajšega delovnega časa običajno potrebuje za prvi odgovor na nov zahtevek, šteto od prejema; trajanje v tožilniku, ki sledi besedi „največ“.',
    example: '2 delovna dneva',
  },
  mergedTicketNumber: {
    label: 'Številka združenega zahtevka',
    meaning: 'Številka novejšega, podvojenega zahtevka, ki ste ga združili z zahtevkom, ki ostane.',
    example: '58240',
  },

  // Batch 2: orders-and-shipping
  // Izdelki so imena, ki jih besedilo postavi za besedo „izdelek“ v katerem koli sklonu.
  itemName: {
    label: 'Naročeni izdelek',
    meaning: 'Izdelek, o katerem je govor, kot ga je stranka naročila, z velikostjo, barvo ali modelom, kjer je pomembno: ime v imenovalniku brez splošnega samostalnika, ki ga besedilo postavi za besedo „izdelek“ („izdelek …“, „izdelka …“).',
    example: 'Trailrunner 2, velikost 42',
  },
  itemReceived: {
    label: 'Prejeti izdelek',
    meaning: 'Izdelek, ki ga je stranka po pomoti prejela namesto naročenega: ime v imenovalniku brez splošnega samostalnika, ki ga besedilo postavi za besedo „izdelek“.',
    example: 'Trailrunner 2, velikost 40',
  },
  exchangeItem: {
    label: 'Izdelek v zameno',
    meaning: 'Izdelek, ki ga stranka dobi pri zamenjavi, z velikostjo, barvo ali modelom, ki se razlikuje od vrnjenega: ime v imenovalniku brez splošnega samostalnika, ki ga besedilo postavi za besedo „izdelek“.',
    example: 'Trailrunner 2, velikost 43',
  },
  carrier: {
    label: 'Dostavna služba',
    meaning: 'Ime dostavne službe, ki prevaža pošiljko, o kateri je govor (naročilo, nadomestni izdelek ali vrnitev), v imenovalniku; besedilo ga postavi za besedi „dostavna služba“ v katerem koli sklonu.',
    example: 'GLS',
  },
  trackingLink: {
    label: 'Povezava za sledenje pošiljki',
    meaning: 'Povezava do strani dostavne službe, kjer se spremlja pošiljka, o kateri je govor.',
    example: 'https://gls-group.com/SI/sl/sledenje-paketom?match=12345678901',
  },
  lastTrackingUpdate: {
    label: 'Datum zadnjega podatka o sledenju',
    meaning: 'Datum zadnje spremembe pri sledenju izgubljene pošiljke, v obliki, ki sledi besedi „od“.',
    example: '4. 3. 2027',
  },
  expectedShipDate: {
    label: 'Predvideni datum odpreme',
    meaning: 'Datum, ko predvidoma predamo naročilo ali izdelek, o katerem je govor, dostavni službi; stoji sam ali za besedo „do“.',
    example: '9. 3. 2027',
  },
  expectedDeliveryDate: {
    label: 'Predvideni datum dostave',
    meaning: 'Najpoznejši datum, do katerega zdaj pričakujemo, da bo pošiljka, o kateri je govor, pri stranki; v obliki, ki sledi besedi „do“.',
    example: '12. 3. 2027',
  },
  shippingDelayReason: {
    label: 'Razlog za zamudo pri dostavi',
    meaning: 'Zakaj bo naročilo prispelo pozneje, kot smo najprej sporočili, preprosto povedano, kot odvisni stavek, ki sledi besedi „ker“.',
    example: 'je neurje za 2 dni zaprlo glavni sortirni center dostavne službe in pošiljke zdaj potujejo z zamikom',
  },
  replacementShipTime: {
    label: 'Čas do odpreme nadomestnega izdelka',
    meaning: 'Koliko časa potrebujemo, da nadomestni izdelek predamo dostavni službi, šteto od dneva, ko stranka odgovori, da ga želi; trajanje v tožilniku, ki sledi besedi „najpozneje“ (besedilo doda „po Vašem odgovoru“).',
    example: '2 delovna dneva',
  },
  newDeliveryAddress: {
    label: 'Novi naslov za dostavo',
    meaning: 'Celoten naslov, na katerega je stranka prosila, naj naročilo dostavimo, v eni vrstici, natanko tako, kot bo na nalepki pošiljke.',
    example: 'Celovška cesta 25, 1000 Ljubljana',
  },
  paymentOnBackorder: {
    label: 'Plačilo izdelka, ki ni na zalogi',
    meaning: 'Ali je stranka izdelek, ki ga ni na zalogi, že plačala, in če ne, kdaj ga bremenimo; stavek z malo začetnico, ki sledi „Kar zadeva plačilo: …“.',
    example: 'kartico bomo bremenili šele, ko izdelek odpošljemo',
  },
  exchangeShipping: {
    label: 'Čas pošiljanja pri zamenjavi',
    meaning: 'Kdaj pošljemo izdelek v zameno, kot prislovna zveza, ki konča stavek „Izdelek … Vam pošljemo …“.',
    example: 'takoj, ko dostavna služba prevzame Vašo vrnjeno pošiljko',
  },
  returnLabelLink: {
    label: 'Povezava do nalepke za vrnitev',
    meaning: 'Povezava, kjer stranka natisne plačano nalepko za to vrnitev ali zamenjavo.',
    example: 'https://trgovina.brightwave.si/vrnitve/nalepka/BW-20417',
  },
  returnByDate: {
    label: 'Rok za vrnitev',
    meaning: 'Zadnji dan, ko lahko stranka izdelek, ki ga vrača pri tej vrnitvi ali zamenjavi, preda dostavni službi; v obliki, ki sledi besedi „do“.',
    example: '26. 3. 2027',
  },
  returnShippingCost: {
    label: 'Stroški pošiljanja za vrnitev',
    meaning: 'Kdo plača pošiljanje vrnjenega izdelka in koliko, kot stavek z malo začetnico, ki sledi „Kar zadeva stroške vrnitve: …“.',
    example: 'nalepka je za Vas brezplačna',
  },
  returnProcessingTime: {
    label: 'Čas obdelave vrnitve',
    meaning: 'Koliko časa potrebujemo, da vrnjeni izdelek pregledamo in nakažemo vračilo, šteto od dneva, ko izdelek prispe k nam; trajanje v tožilniku, ki sledi besedi „najpozneje“ (besedilo doda „po prejemu“).',
    example: '5 delovnih dni',
  },
  returnPolicyLink: {
    label: 'Povezava do pravil za vrnitev izdelkov',
    meaning: 'Povezava do vaših objavljenih pravil za vrnitev in zamenjavo izdelkov, s pogoji.',
    example: 'https://trgovina.brightwave.si/vrnitve',
  },
  checkoutProblemCause: {
    label: 'Vzrok težave pri naročanju',
    meaning: 'Kaj je preprečilo, da bi se naročilo stranke pri zaključku nakupa oddalo, kolikor ste ugotovili; stavek z malo začetnico, ki sledi dvopičju („Ustavilo se je zaradi tega: …“).',
    example: 'banka Vas je prosila, da plačilo potrdite, stran za potrditev pa se je zaprla, preden ste končali',
  },
  pendingReleaseTime: {
    label: 'Čas do sprostitve rezervacije',
    meaning: 'Koliko časa banke običajno potrebujejo, da sprostijo rezervacijo za naročilo, ki ni bilo oddano, šteto od poskusa nakupa; trajanje v tožilniku, ki sledi besedi „potrebujejo“.',
    example: '3–5 delovnih dni',
  },
  cartLink: {
    label: 'Povezava do košarice',
    meaning: 'Povezava do košarice stranke v vaši spletni trgovini, kjer lahko naročilo odda znova.',
    example: 'https://trgovina.brightwave.si/kosarica',
  },

  // Batch 2: feedback-and-reviews
  // (replyTime iz ticket-lifecycle je tudi čas, ki ga obljubljata odgovor na nizko oceno in odgovor na negativno mnenje.)
  surveyScore: {
    label: 'Ocena v anketi',
    meaning: 'Ocena, ki jo je stranka dala v anketi „Kako verjetno bi nas priporočili?“, z lestvico, v obliki, ki sledi besedi „oceno“ („ste nam dali oceno …“).',
    example: '9 od 10',
  },
  reviewSite: {
    label: 'Platforma za mnenja',
    meaning: 'Spletno mesto z mnenji ali trgovina z aplikacijami, kjer prosite za mnenje ali kjer je mnenje stranke objavljeno, kot ime v imenovalniku, ki ga besedilo postavi za besedo „platforma“ („na platformi …“).',
    example: 'G2',
  },
  reviewLink: {
    label: 'Povezava za oddajo mnenja',
    meaning: 'Povezava, ki odpre obrazec za mnenje o vašem izdelku na platformi za mnenja.',
    example: 'https://www.g2.com/products/brightwave/take_survey',
  },
  reviewHighlight: {
    label: 'Kaj je stranka pohvalila',
    meaning: 'Kaj je stranka v svojem mnenju pohvalila, z vašimi besedami; samostalniška zveza v imenovalniku z malo začetnico, ki sledi dvopičju („… da ste pohvalili tole: …“).',
    example: 'hitro sinhroniziranje zapiskov v mobilni aplikaciji',
  },
  reviewProblem: {
    label: 'Težava iz mnenja',
    meaning: 'Kaj je šlo stranki narobe, kot to opisuje njeno mnenje in kot ste potrdili; stavek z malo začetnico, ki sledi „Imate prav: …“. Nič zasebnega: odgovor je javen.',
    example: 'na Vašem prvem računu je bilo napačno ime podjetja, popravek pa smo pripravljali cel teden',
  },
  reviewAction: {
    label: 'Ukrepi po mnenju',
    meaning: 'Kaj je vaša ekipa naredila ali začela delati glede težave iz negativnega mnenja; stavek z malo začetnico, ki sledi „Naredili smo tole: …“. Nič zasebnega: odgovor je javen.',
    example: 'pred prvim računom zdaj preverimo ime podjetja, popravek računa pa pripravimo v 1 delovnem dnevu',
  },
  supportEmail: {
    label: 'E-poštni naslov podpore',
    meaning: 'E-poštni naslov vaše ekipe za podporo, na katerega vam stranke lahko pišejo.',
    example: 'podpora@brightwave.si',
  },
  customerResult: {
    label: 'Rezultat stranke',
    meaning: 'Dober rezultat, ki ga je stranka po lastnih besedah dosegla z vašim izdelkom, kot odvisni stavek, ki sledi „Povedali ste nam, da …“.',
    example: 'Vaša ekipa zdaj mesec zaključi v 2 dneh namesto v 5',
  },
  customerCompany: {
    label: 'Podjetje stranke',
    meaning: 'Ime podjetja ali organizacije stranke v imenovalniku, ki ga besedilo postavi za besedo „podjetje“ („v podjetju …“).',
    example: 'Northwind Trgovina',
  },
  interviewLength: {
    label: 'Trajanje intervjuja',
    meaning: 'Koliko časa običajno traja klic za študijo primera; trajanje v tožilniku, ki sledi „traja približno …“.',
    example: '30 minut',
  },
  testimonialPlacement: {
    label: 'Kje objavimo izjavo',
    meaning: 'Kje bi objavili izjavo stranke ali študijo primera, kot prislovna zveza, ki sledi „Besedilo bi objavili …“.',
    example: 'na strani z zgodbami strank na naši spletni strani in v mesečnih e-novicah',
  },
  productSurveyLink: {
    label: 'Povezava do ankete o izdelku',
    meaning: 'Povezava do vaše ankete o izdelku: kaj stranke uporabljajo, kaj jih ovira in kaj naj razvijete naslednje.',
    example: 'https://brightwave.si/anketa/izdelek-2027',
  },
  surveyLength: {
    label: 'Trajanje ankete',
    meaning: 'Koliko časa večina strank potrebuje za anketo o izdelku; trajanje v tožilniku, ki sledi „traja približno …“.',
    example: '5 minut',
  },
  surveyCloseDate: {
    label: 'Datum zaprtja ankete',
    meaning: 'Zadnji dan, ko anketa o izdelku še sprejema odgovore; v obliki, ki sledi besedi „do“.',
    example: '30. 4. 2027',
  },
  surveyResultsDate: {
    label: 'Datum povzetka ankete',
    meaning: 'Datum, do katerega vsem, ki so sodelovali v anketi o izdelku, pošljemo povzetek rezultatov in tega, kar zaradi njih spreminjamo; v obliki, ki sledi besedi „do“.',
    example: '31. 5. 2027',
  },
  betaName: {
    label: 'Ime beta programa',
    meaning: 'Ime funkcije ali različice izdelka, ki so jo preizkušali v beta programu, kot jo poznajo stranke: ime v imenovalniku z veliko začetnico, ki ga besedilo postavi za besedi „beta program“.',
    example: 'Načrtovani izvozi',
  },
  betaChanges: {
    label: 'Spremembe po beta programu',
    meaning: 'Kaj ste spremenili zaradi povratnih informacij preizkuševalcev; stavek z malo začetnico, ki sledi „… smo spremenili tole: …“.',
    example: 'izvozi zdaj ohranijo vrstni red stolpcev, za vsak načrtovani izvoz pa lahko izberete časovni pas',
  },
  afterBeta: {
    label: 'Po koncu beta programa',
    meaning: 'Kaj se s preizkušeno funkcijo v računu preizkuševalca zgodi zdaj, ko je beta program končan, tudi morebitni stroški; stavek z malo začetnico, ki sledi „Zdaj, ko je beta program končan, velja tole: …“.',
    example: 'načrtovani izvozi so del paketa Pro, Vi pa jih lahko brez doplačila uporabljate do 30. 6. 2027',
  },
  referralPageLink: {
    label: 'Povezava do strani s priporočili',
    meaning: 'Povezava do strani v računu stranke, kjer kopira svojo osebno povezavo za priporočila in vidi, kdo se je prek nje registriral.',
    example: 'https://app.brightwave.si/priporocila',
  },
  referralCondition: {
    label: 'Pogoj za nagrado',
    meaning: 'Kaj mora oseba, ki se registrira prek povezave stranke, še narediti, da veljata obe nagradi: glagolska zveza v 3. osebi ednine sedanjika, ki sledi „se prek nje registrira in …“.',
    example: 'plača prvi mesec naročnine',
  },
  referralReward: {
    label: 'Nagrada za priporočilo',
    meaning: 'Kaj stranka dobi za vsako osebo, ki se registrira prek njene povezave in izpolni pogoj za nagrado: samostalniška zveza v tožilniku, ki sledi besedi „prejmete“.',
    example: 'en brezplačen mesec svojega paketa',
  },
  newCustomerReward: {
    label: 'Nagrada za novo stranko',
    meaning: 'Kaj dobi oseba, ki se registrira prek povezave stranke in izpolni pogoj za nagrado: samostalniška zveza v tožilniku, ki sledi besedi „prejme“.',
    example: '20 % popusta za prve 3 mesece',
  },
  referralTermsLink: {
    label: 'Povezava do pogojev programa priporočil',
    meaning: 'Povezava do celotnih pogojev vašega programa priporočil: kdaj nagrade veljajo in kakšne so omejitve.',
    example: 'https://brightwave.si/pravno/priporocila',
  },

  // Batch 2: complaints-and-apologies
  // (apology-slow-reply uporablja tudi ticketTopic in replyTime iz ticket-lifecycle, z istim pomenom.)
  complaintSummary: {
    label: 'Povzetek pritožbe',
    meaning: 'Na kaj se je stranka pritožila, z besedami, ki jih prepozna, in brez obtoževanja: samostalniška zveza v imenovalniku z malo začetnico, ki jo besedilo postavi za dvopičje ali v oklepaj („Vaša pritožba (zadeva: …)“).',
    example: 'pozna dostava naročila BW-20417 in dve sporočili, ki sta ostali brez odgovora',
  },
  complaintReplyDate: {
    label: 'Datum odgovora na pritožbo',
    meaning: 'Datum, do katerega stranki znova pišemo o pritožbi, z odgovorom ali s poročilom, kje je zadeva; v obliki, ki sledi besedi „do“.',
    example: '12. 3. 2027',
  },
  managerName: {
    label: 'Ime vodje',
    meaning: 'Ime in priimek vodje, ki prevzame pritožbo, kot ju bo stranka videla, ko ji bo vodja pisal; v imenovalniku, kot osebek („… prevzema Vašo pritožbo“).',
    example: 'Petra Zupan',
  },
  managerRole: {
    label: 'Vloga vodje',
    meaning: 'Delovno mesto vodje, ki prevzame pritožbo, kot samostalniška zveza v imenovalniku z malo začetnico, ki stoji kot pristavek za imenom („[Ime vodje], …, prevzema …“).',
    example: 'vodja podpore strankam',
  },
  escalationReason: {
    label: 'Razlog za predajo vodji',
    meaning: 'Zakaj pritožbo predajate vodji, kot odvisni stavek, ki sledi besedi „ker“.',
    example: 'je vračilo, ki ga želite, višje od zneska, ki ga smem odobriti',
  },
  ourMistake: {
    label: 'Naša napaka',
    meaning: 'Kaj smo stranki naredili narobe, preprosto in brez izgovorov; stavek z malo začetnico, ki sledi „Imate prav in žal mi je: …“.',
    example: 'naročilo smo poslali na Vaš stari naslov, čeprav ste ga v računu že posodobili',
  },
  mistakeFix: {
    label: 'Kako smo napako popravili',
    meaning: 'Kaj ste naredili, da ste to napako za stranko popravili: stavek z malo začetnico in deležnikom na -li v 1. osebi množine („smo poslali“, brez oznake spola), ki sledi „Popravil(a) sem jo takole: …“.',
    example: 'novo pošiljko smo brezplačno in z ekspresno dostavo poslali na Vaš sedanji naslov',
  },
  mistakePrevention: {
    label: 'Kaj smo spremenili',
    meaning: 'Kaj smo spremenili ali bomo spremenili do datuma, na katerega se je ekipa zavezala, da se ista napaka ne ponovi; stavek z malo začetnico, ki sledi „Da se to ne ponovi, smo spremenili tole: …“.',
    example: 'pred vsako odpremo zdaj preverimo naslov za dostavo v Vašem računu',
  },
  replyDelay: {
    label: 'Zamuda pri odgovoru',
    meaning: 'Kako dolgo je stranka čakala na naš odgovor, šteto od dneva, ko je njeno sporočilo prispelo; trajanje v tožilniku, ki sledi besedi „čakali“.',
    example: '5 dni',
  },
  questionAnswer: {
    label: 'Odgovor na vprašanje',
    meaning: 'Odgovor na vprašanje, na katerega je stranka čakala, dovolj popoln, da ne potrebuje ničesar več; en ali več stavkov z malo začetnico, ki sledijo „Odgovor na Vaše vprašanje: …“.',
    example: 'projekt lahko premaknete v drug delovni prostor na strani z nastavitvami projekta pod Premakni projekt, z njim pa se premakne vse, kar je v njem',
  },
  customerRequest: {
    label: 'Zahteva stranke',
    meaning: 'Kaj je stranka želela, pa tega ne moremo narediti: samostalniška zveza v imenovalniku z malo začetnico, ki sledi dvopičju („Vaša zahteva: …“).',
    example: 'popust za drugi delovni prostor',
  },
  requestDeclineReason: {
    label: 'Razlog, da zahteve ne izpolnimo',
    meaning: 'Zakaj ne moremo narediti tega, kar je stranka želela, kot odvisni stavek, ki sledi besedi „ker“.',
    example: 'so naše cene enake za vse stranke, da nihče za isti paket ne plača več kot drugi',
  },
  requestAlternative: {
    label: 'Kaj lahko naredimo namesto tega',
    meaning: 'Kaj lahko stranki ponudite namesto tega, kar je želela: samostalniška zveza v imenovalniku z malo začetnico, ki sledi „Namesto tega lahko ponudim tole: …“.',
    example: 'brezplačen klic z našo ekipo, na katerem oba delovna prostora nastavimo tako, da si delita en paket',
  },
  complaintFindings: {
    label: 'Kaj smo ugotovili',
    meaning: 'Kaj je pokazala preiskava pritožbe, preprosto in brez obtoževanja; stavek z malo začetnico, ki sledi „Ugotovitve: …“.',
    example: 'nadomestni izdelek, ki smo ga obljubili 3. 3. 2027, ni bil nikoli poslan, ker naročilo zanj ni prišlo do našega skladišča',
  },
  firstResolutionOption: {
    label: 'Prva možnost rešitve',
    meaning: 'Prva od dveh možnosti, s katerima ponudite rešitev pritožbe: samostalniška zveza v imenovalniku z malo začetnico, ki sledi dvopičju in ji sledi „ali“.',
    example: 'nadomestni izdelek, ki ga brezplačno pošljemo z ekspresno dostavo',
  },
  secondResolutionOption: {
    label: 'Druga možnost rešitve',
    meaning: 'Druga od dveh možnosti, s katerima ponudite rešitev pritožbe: samostalniška zveza v imenovalniku z malo začetnico, ki sledi besedi „ali“.',
    example: 'vračilo celotnega zneska 49,00 € na kartico Visa',
  },
  resolutionSetupTime: {
    label: 'Čas za izvedbo rešitve',
    meaning: 'Koliko časa potrebujemo, da uredimo rešitev, ki jo stranka izbere, šteto od njenega odgovora; trajanje v tožilniku, ki sledi besedi „najpozneje“ (besedilo doda „po Vašem odgovoru“).',
    example: '2 delovna dneva',
  },
  complaintResolvedDate: {
    label: 'Datum rešitve pritožbe',
    meaning: 'Datum, ko smo pritožbo stranke rešili: dan, ko je veljal popravek ali rešitev, ki jo je izbrala.',
    example: '10. 3. 2027',
  },
  wrongAnswerDate: {
    label: 'Datum napačnega odgovora',
    meaning: 'Datum našega sporočila, v katerem smo stranki dali napačno informacijo; v obliki, ki sledi „z dne“.',
    example: '8. 3. 2027',
  },
  wrongInformation: {
    label: 'Napačna informacija',
    meaning: 'Kaj smo stranki napačno povedali, kot odvisni stavek, ki sledi „smo Vam napisali, da …“.',
    example: 'lahko kadar koli preidete na letno plačevanje in še vedno dobite 20 % popusta',
  },
  correctInformation: {
    label: 'Pravilna informacija',
    meaning: 'Kaj v resnici velja namesto napačne informacije; stavek z malo začetnico, ki sledi „Pravilno je tole: …“.',
    example: '20 % popusta velja samo, če na letno plačevanje preidete pred koncem tekočega meseca, torej do 3. 4. 2027',
  },
  correctionImpact: {
    label: 'Kaj popravek pomeni za stranko',
    meaning: 'Kaj pravilna informacija pomeni za to stranko in kaj bomo zanjo naredili, ker je bil naš prvi odgovor napačen, kot odvisni stavek, ki sledi „Za Vas to pomeni, da …“.',
    example: 'imate za prehod čas do 3. 4. 2027, če pa ta rok zaradi našega odgovora zamudite, Vam popust vseeno priznamo',
  },
  goodwillExtra: {
    label: 'Dodatek za stranko',
    meaning: 'Kaj stranki sami od sebe in brezplačno damo, da popravimo slabo izkušnjo, in kdaj ali kje bo to videla: samostalniška zveza v imenovalniku z malo začetnico, ki sledi dvopičju („… za Vas sem uredil(a) tole: …“).',
    example: 'dobroimetje v znesku 30,00 €, ki se odšteje od naslednje bremenitve 3. 4. 2027',
  },
  repeatedProblem: {
    label: 'Ponovljena težava',
    meaning: 'Kaj je šlo stranki spet narobe, potem ko smo ji sporočili, da je odpravljeno; stavek z malo začetnico, ki sledi „Ista težava se je ponovila: …“.',
    example: 'Vaše tedensko poročilo je prispelo prazno',
  },
  previousFixDate: {
    label: 'Datum prvega popravka',
    meaning: 'Datum, ko smo stranki prvič sporočili, da je težava odpravljena; stoji sam za glagolom („smo Vam … sporočili“).',
    example: '3. 3. 2027',
  },
  repeatCause: {
    label: 'Zakaj se je težava ponovila',
    meaning: 'Zakaj prvi popravek ni odpravil celotne težave, kot je potrdila vaša ekipa, kot odvisni stavek, ki sledi besedi „ker“.',
    example: 'je popravil nova poročila, ne pa tistih, ki ste jih nastavili pred popravkom',
  },
  repeatFix: {
    label: 'Kaj je tokrat drugače',
    meaning: 'Kaj vaša ekipa tokrat dela drugače, da težava ostane odpravljena; stavek z malo začetnico, ki sledi „Tokrat je drugače tole: …“.',
    example: 'razvijalec je vsako Vaše poročilo preveril ročno, opozorilo pa nas zdaj obvesti takoj, ko je kakšno poročilo prazno',
  },
  checkInDate: {
    label: 'Datum preverjanja',
    meaning: 'Datum, ko stranki znova pišete in preverite, ali se težava ni ponovila; stoji sam za glagolom („Znova Vam bom pisal(a) …“).',
    example: '24. 3. 2027',
  },

  // Batch 2: account-security
  passwordResetLink: {
    label: 'Povezava za ponastavitev gesla',
    meaning: 'Povezava do strani, kjer stranke vpišejo e-poštni naslov in prejmejo sporočilo za ponastavitev gesla.',
    example: 'https://app.brightwave.si/pozabljeno-geslo',
  },
  resetLinkValidity: {
    label: 'Veljavnost povezave za ponastavitev',
    meaning: 'Kako dolgo povezava v sporočilu za ponastavitev gesla deluje, šteto od trenutka, ko je sporočilo poslano; trajanje v tožilniku, ki sledi besedi „velja“.',
    example: '1 uro',
  },
  senderEmail: {
    label: 'E-poštni naslov pošiljatelja',
    meaning: 'E-poštni naslov, s katerega pošiljate sporočila za ponastavitev gesla in druga samodejna sporočila o računu.',
    example: 'ne-odgovarjaj@brightwave.si',
  },
  securitySettingsLink: {
    label: 'Povezava do varnostnih nastavitev',
    meaning: 'Povezava do strani v računu stranke, kjer spremeni geslo, vklopi ali izklopi dvostopenjsko preverjanje in vidi nedavne prijave.',
    example: 'https://app.brightwave.si/nastavitve/varnost',
  },
  signInDetails: {
    label: 'Podrobnosti prijave',
    meaning: 'Prijava, o kateri sprašuje stranka, kot jo kažejo vaše evidence: naprava, približna lokacija ter datum in ura s časovnim pasom; samostalniška zveza v imenovalniku z malo začetnico, ki sledi dvopičju.',
    example: 'računalnik z Windows v bližini Lyona v Franciji, 9. 3. 2027 ob 3.12 (CET)',
  },
  protectionSteps: {
    label: 'Ukrepi za zaščito računa',
    meaning: 'Kaj ste za zaščito računa stranke naredili, odkar je sporočila prijavo, ki je ne prepozna: stavek z malo začetnico in deležnikom na -li v 1. osebi množine („smo odjavili“, brez oznake spola), ki sledi „Za zaščito Vašega računa smo že ukrepali: …“.',
    example: 'račun smo odjavili z vseh naprav',
  },
  previousAccountEmail: {
    label: 'Prejšnji e-poštni naslov računa',
    meaning: 'E-poštni naslov, s katerim je bil račun stranke registriran pred spremembo, zapisan v celoti.',
    example: 'maja.novak@primer.org',
  },
  dataRequestDate: {
    label: 'Datum zahteve glede osebnih podatkov',
    meaning: 'Datum, ko je k nam prispela zahteva stranke glede njenih osebnih podatkov (za kopijo ali za izbris); v obliki, ki sledi „z dne“.',
    example: '2. 3. 2027',
  },
  dataRequestDeadline: {
    label: 'Rok za izvedbo zahteve',
    meaning: 'Datum, do katerega bomo izvedli zahtevo stranke glede osebnih podatkov: najpozneje v roku, ki ga določa zakon, šteto od datuma zahteve; v obliki, ki sledi besedi „do“.',
    example: '1. 4. 2027',
  },
  personalDataLink: {
    label: 'Povezava do kopije osebnih podatkov',
    meaning: 'Varna povezava, kjer stranka prenese kopijo svojih osebnih podatkov, ki ste jo pripravili na njeno zahtevo za dostop.',
    example: 'https://zasebnost.brightwave.si/zahteve/8F3K2Q',
  },
  personalDataLinkExpiry: {
    label: 'Datum poteka povezave do osebnih podatkov',
    meaning: 'Zadnji dan, ko povezava do kopije osebnih podatkov stranke še deluje; v obliki, ki sledi besedi „do“.',
    example: '30. 3. 2027',
  },
  personalDataIncluded: {
    label: 'Vsebina kopije podatkov',
    meaning: 'Kaj vsebuje kopija osebnih podatkov stranke: samostalniška zveza v imenovalniku z malo začetnico, ki sledi „Kopija vsebuje tole: …“.',
    example: 'podatki Vašega računa, zgodovina plačil, pogovori s podporo in seznam Vaših prijav v zadnjih 12 mesecih',
  },
  privacyPolicyLink: {
    label: 'Povezava do politike zasebnosti',
    meaning: 'Povezava do vaše objavljene politike zasebnosti, ki pove, zakaj uporabljate osebne podatke, s kom jih delite, kako dolgo jih hranite in katere pravice imajo ljudje v zvezi z njimi.',
    example: 'https://brightwave.si/zasebnost',
  },
  dataToDelete: {
    label: 'Podatki za izbris',
    meaning: 'Vse, kar zajema zahteva za izbris: računi in osebni podatki, ki jih hranite o osebi; samostalniška zveza v imenovalniku z malo začetnico, ki sledi „Izbris zajema tole: …“.',
    example: 'Vaš račun v storitvi Brightwave z vsem, kar je v njem, Vaši pogovori s podporo in Vaš e-poštni naslov na seznamu prejemnikov e-novic',
  },
  recordsKept: {
    label: 'Kaj hranimo po izbrisu',
    meaning: 'Kaj po izbrisu računa ali osebnih podatkov še hranimo, zakaj in kako dolgo: samostalniška zveza v imenovalniku z malo začetnico, ki sledi „Hranimo samo tole: …“.',
    example: 'Vaši izdani računi, ki jih moramo po davčnih predpisih hraniti 10 let, in Vaš e-poštni naslov na seznamu oseb, ki jim ne pišemo, da Vam nikoli več ne pošljemo sporočila',
  },
  recoveryCopyTime: {
    label: 'Čas do izbrisa rezervnih kopij',
    meaning: 'Koliko časa kopije izbrisanih podatkov ostanejo v sistemih, s katerimi podatke povrnemo po tehnični okvari, preden se samodejno izbrišejo, šteto od dneva izbrisa; trajanje v tožilniku, ki sledi besedi „največ“.',
    example: '35 dni',
  },
  teamAccountName: {
    label: 'Ime skupinskega računa',
    meaning: 'Ime skupnega računa ekipe (delovnega prostora ali organizacije), katerega lastništvo je bilo preneseno, kot je prikazano v izdelku; ime v imenovalniku, ki ga besedilo postavi za besedo „račun“ („lastnik računa …“).',
    example: 'Northwind Design',
  },
  previousOwnerName: {
    label: 'Ime prejšnjega lastnika',
    meaning: 'Ime in priimek osebe, ki je bila lastnik skupinskega računa pred prenosom, v imenovalniku; besedilo ga postavi za besedo „oseba“ v katerem koli sklonu („z osebe …“).',
    example: 'Aleš Kranjc',
  },
  previousOwnerAccess: {
    label: 'Dostop prejšnjega lastnika',
    meaning: 'Kaj lahko prejšnji lastnik po prenosu še dela v skupinskem računu: povedek v 3. osebi ednine sedanjika brez oznake spola, ki nadaljuje „Oseba [Ime prejšnjega lastnika] …“.',
    example: 'ostaja v računu z vlogo skrbnika, zato lahko še upravlja projekte in člane, ne pa obračuna',
  },
} satisfies PlaceholderDictionary;
