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
} satisfies PlaceholderDictionary;
