/**
 * Spanish placeholder dictionary: the same keys as en.ts (./types.ts). `label`
 * is the text between the brackets in Spanish content and the fill-in field's
 * label; `meaning` is the one thing the key stands for; `example` is the hint
 * shown in the empty field. See docs/style/es.md, "Words around placeholders":
 * the text carries articles and gender, so values are bare names, dates and
 * amounts, and free-text values fit the lead-in their meaning names.
 */
import type { PlaceholderDictionary } from './types.ts';

export default {
  // Personas
  customerName: {
    label: 'Nombre del cliente',
    meaning: 'El nombre de pila con el que saluda al cliente.',
    example: 'Lucía',
  },
  agentName: {
    label: 'Su nombre',
    meaning: 'Su nombre de pila, donde se presenta en el cuerpo del correo.',
    example: 'Andrés',
  },
  signature: {
    label: 'Su firma',
    meaning: 'Las líneas bajo la despedida: su nombre y, si quiere, su cargo y su empresa.',
    example: 'Andrés Romero, Atención al cliente, Brightwave',
  },

  // Producto y plan
  product: {
    label: 'Producto',
    meaning: 'El nombre del producto o servicio al que está suscrito el cliente, sin artículo (el texto dice «su suscripción a…», «su cuenta de…»).',
    example: 'Brightwave',
  },
  plan: {
    label: 'Plan',
    meaning: 'El nombre del plan actual del cliente, sin la palabra «plan» (el texto ya la pone).',
    example: 'Pro',
  },
  planPrice: {
    label: 'Precio del plan',
    meaning: 'Lo que cuesta el plan actual del cliente por periodo de facturación, con la moneda y el periodo.',
    example: '29 € al mes',
  },
  lowerPlan: {
    label: 'Plan más económico',
    meaning: 'El nombre del plan más barato que propone en lugar de cancelar, sin la palabra «plan».',
    example: 'Starter',
  },
  lowerPlanPrice: {
    label: 'Precio del plan más económico',
    meaning: 'Lo que cuesta el plan más barato que propone, por periodo de facturación, con la moneda y el periodo.',
    example: '9 € al mes',
  },

  // Fechas de la cancelación y de la cuenta
  accessEndDate: {
    label: 'Fecha de fin del acceso',
    meaning: 'El último día en que el cliente puede usar su plan de pago después de cancelar: el final del periodo de facturación que ya tiene pagado. Fecha completa, sin artículo.',
    example: '31 de marzo de 2027',
  },
  deletionDate: {
    label: 'Fecha de eliminación',
    meaning: 'La fecha en que eliminamos de forma definitiva la cuenta y todos sus datos si nada cambia antes. Fecha completa, sin artículo.',
    example: '30 de junio de 2027',
  },
  pauseEndDate: {
    label: 'Fecha de fin de la pausa',
    meaning: 'La fecha en que una suscripción pausada se reanudaría: ese día vuelven el acceso y los cobros. Fecha completa, sin artículo.',
    example: '1 de septiembre de 2027',
  },
  nextBillingDate: {
    label: 'Fecha del próximo cargo',
    meaning: 'La fecha del próximo cargo habitual del plan del cliente. Fecha completa, sin artículo.',
    example: '3 de abril de 2027',
  },
  inactivityPeriod: {
    label: 'Periodo de inactividad',
    meaning: 'Cuánto tiempo lleva la cuenta sin que nadie inicie sesión, contado hacia atrás desde el día en que envía el correo, como duración que encaja tras «desde hace».',
    example: '12 meses',
  },
  exportExpiryDate: {
    label: 'Fecha límite de descarga',
    meaning: 'El último día en que funciona el enlace para descargar la exportación de datos del cliente. Fecha completa, sin artículo.',
    example: '14 de abril de 2027',
  },
  timeAsCustomer: {
    label: 'Tiempo como cliente',
    meaning: 'Cuánto tiempo lleva suscrito el cliente, con su determinante, tal como encaja tras «gracias por» o «agradecerle», p. ej. «estos 3 años».',
    example: 'estos 3 años',
  },

  // Motivos, problemas y ofertas (frases: el texto pone la mayúscula y el punto)
  leavingReason: {
    label: 'Motivo de la cancelación',
    meaning: 'El motivo que dio el cliente para cancelar, como frase que sigue a «nos comentó» (normalmente empieza por «que»).',
    example: 'que el modo sin conexión era imprescindible',
  },
  whatHasChanged: {
    label: 'Qué ha cambiado',
    meaning: 'Lo que ha cambiado desde que el cliente se fue y responde a su motivo para irse, como oración completa en minúscula que sigue a dos puntos.',
    example: 'el modo sin conexión ya está incluido en todos los planes',
  },
  comebackOffer: {
    label: 'Condiciones para volver',
    meaning: 'Lo que recibe el antiguo cliente si reactiva la suscripción, o la simple indicación de que vuelve al precio habitual, como oración que sigue a «Si decide volver,».',
    example: 'el primer mes tendrá un 50 % de descuento',
  },
  reportedProblem: {
    label: 'Problema comunicado',
    meaning: 'El problema técnico que comunicó el cliente, como frase que sigue a «nos comentó» (normalmente empieza por «que»).',
    example: 'que los informes no se exportaban a PDF',
  },
  fixStatus: {
    label: 'Estado de la solución',
    meaning: 'En qué punto está hoy la solución del problema comunicado, tal como lo ha confirmado su equipo técnico, como oración en minúscula que sigue a dos puntos. No prometa fechas que el equipo no haya dado.',
    example: 'hemos encontrado la causa y la solución está prevista para nuestra próxima versión',
  },
  chargeCause: {
    label: 'Causa del cobro',
    meaning: 'Lo que descubrió que provocó el cargo posterior a la cancelación, como oración en minúscula que sigue a «esto es lo que ocurrió:».',
    example: 'la cancelación se inició, pero no llegó a confirmarse, y la renovación siguió adelante',
  },
  declineReason: {
    label: 'Motivo para no reembolsar',
    meaning: 'Por qué esta solicitud de reembolso queda fuera de la política de reembolso, como oración que sigue a «El motivo es que».',
    example: 'la compra se hizo hace 45 días y nuestra política cubre los primeros 30',
  },
  alternativeOffer: {
    label: 'Alternativa al reembolso',
    meaning: 'Lo que puede hacer por el cliente en lugar del reembolso, como sustantivo con su artículo.',
    example: 'un mes más del plan sin cargo',
  },
  exceptionReason: {
    label: 'Motivo de la excepción',
    meaning: 'Por qué reembolsa una vez fuera de la política de reembolso, como oración que sigue a «porque».',
    example: 'es la primera solicitud en 6 años',
  },
  subscriptionAfterRefund: {
    label: 'Suscripción tras el reembolso',
    meaning: 'Qué pasa con la suscripción del cliente después de este reembolso, como oración cuyo sujeto implícito es la suscripción, tras «En cuanto a su suscripción,».',
    example: 'queda cancelada y no habrá más cargos',
  },

  // Importes y referencias
  chargeAmount: {
    label: 'Importe del cargo',
    meaning: 'El importe del cargo en cuestión, exactamente como aparece en los movimientos del cliente, con la moneda.',
    example: '348,00 €',
  },
  chargeDate: {
    label: 'Fecha del cargo',
    meaning: 'La fecha del cargo en cuestión, como aparece en los movimientos del cliente. Fecha completa, sin artículo.',
    example: '3 de marzo de 2027',
  },
  refundAmount: {
    label: 'Importe del reembolso',
    meaning: 'El importe que reembolsamos al cliente, con la moneda.',
    example: '49,00 €',
  },
  refundDate: {
    label: 'Fecha del reembolso',
    meaning: 'La fecha en que enviamos el reembolso desde nuestra parte (no la fecha en que lo muestra el banco). Fecha completa, sin artículo.',
    example: '5 de marzo de 2027',
  },
  timeUsed: {
    label: 'Tiempo utilizado',
    meaning: 'Qué parte del periodo de facturación pagado usó el cliente antes de cancelar, como duración.',
    example: '4 de 12 meses',
  },
  usedAmount: {
    label: 'Importe del tiempo utilizado',
    meaning: 'Lo que cuesta la parte usada del periodo de facturación, con la moneda: la parte del cargo que conservamos.',
    example: '116,00 €',
  },
  paymentMethod: {
    label: 'Método de pago',
    meaning: 'El método de pago de este cargo o reembolso, tal como lo reconocería el cliente, sin «su».',
    example: 'tarjeta Visa terminada en 4242',
  },
  refundReference: {
    label: 'Referencia del reembolso',
    meaning: 'La referencia con la que el banco del cliente puede rastrear el reembolso: el ARN en un reembolso con tarjeta, o la referencia de la transferencia en una transferencia bancaria.',
    example: '74987504309258603918274',
  },
  orderNumber: {
    label: 'Número de pedido',
    meaning: 'El número de pedido o de factura de la compra en cuestión, tal como aparece en el recibo del cliente.',
    example: 'BW-20417',
  },
  ticketNumber: {
    label: 'Número de ticket',
    meaning: 'La referencia de esta conversación en su herramienta de soporte.',
    example: '58213',
  },
  appStore: {
    label: 'Tienda de aplicaciones',
    meaning: 'La tienda de aplicaciones o plataforma en la que compró el cliente, con su nombre propio y sin artículo.',
    example: 'App Store',
  },

  // Plazos del reembolso (cada uno contado desde un día concreto)
  requestDate: {
    label: 'Fecha de la solicitud',
    meaning: 'La fecha en que nos llegó la solicitud de reembolso del cliente. Fecha completa, sin artículo.',
    example: '2 de marzo de 2027',
  },
  decisionTime: {
    label: 'Plazo de decisión',
    meaning: 'Cuánto tardamos en decidir sobre una solicitud de reembolso, contado desde el día en que la recibimos, como duración que encaja tras «en un plazo de».',
    example: '3 días hábiles',
  },
  decisionDate: {
    label: 'Fecha de la decisión',
    meaning: 'La fecha a más tardar en la que este cliente tendrá nuestra decisión sobre su solicitud de reembolso. Fecha completa, sin artículo.',
    example: '5 de marzo de 2027',
  },
  bankPostingTime: {
    label: 'Plazo del banco',
    meaning: 'Cuánto suele tardar el banco o el emisor de la tarjeta del cliente en mostrar un reembolso, contado desde el día en que lo enviamos, como duración que encaja tras «en un plazo de».',
    example: '5 a 10 días hábiles',
  },
  replyByDate: {
    label: 'Fecha límite de respuesta',
    meaning: 'La fecha después de la cual cerramos una solicitud de reembolso si el cliente no nos ha enviado los datos que le pedimos. Fecha completa, sin artículo.',
    example: '16 de marzo de 2027',
  },

  // Enlaces
  billingSettingsLink: {
    label: 'Enlace a la configuración de facturación',
    meaning: 'El enlace a la página en la que los clientes cancelan, pausan o cambian su suscripción por su cuenta.',
    example: 'https://app.brightwave.com/settings/billing',
  },
  restartLink: {
    label: 'Enlace para reactivar',
    meaning: 'El enlace con el que el cliente reactiva su suscripción cancelada o terminada, y actualiza sus datos de pago por el camino si hace falta.',
    example: 'https://app.brightwave.com/restart',
  },
  pauseLink: {
    label: 'Enlace para pausar',
    meaning: 'El enlace que pausa la suscripción del cliente.',
    example: 'https://app.brightwave.com/settings/billing/pause',
  },
  planChangeLink: {
    label: 'Enlace para cambiar de plan',
    meaning: 'El enlace en el que el cliente se cambia a otro plan.',
    example: 'https://app.brightwave.com/settings/billing/plans',
  },
  exportLink: {
    label: 'Enlace para descargar los datos',
    meaning: 'El enlace en el que el cliente descarga una copia de todos sus datos.',
    example: 'https://app.brightwave.com/export',
  },
  signInLink: {
    label: 'Enlace para iniciar sesión',
    meaning: 'El enlace a la página de inicio de sesión de la cuenta del cliente.',
    example: 'https://app.brightwave.com/sign-in',
  },
  surveyLink: {
    label: 'Enlace a la encuesta',
    meaning: 'El enlace a su encuesta breve sobre el motivo de la cancelación.',
    example: 'https://brightwave.com/es/encuesta',
  },
  policyLink: {
    label: 'Enlace a la política de reembolso',
    meaning: 'El enlace a su política de reembolso publicada.',
    example: 'https://brightwave.com/es/politica-de-reembolso',
  },
  storeRefundLink: {
    label: 'Enlace de reembolso de la tienda',
    meaning: 'El enlace a la página de la tienda de aplicaciones o plataforma en la que los clientes solicitan un reembolso.',
    example: 'https://reportaproblem.apple.com',
  },

  // Batch 1: failed-payments
  // (invoiceNumber, invoiceAmount, paymentUpdateLink y billingHistoryLink también se usan en
  // billing-changes; cada uno conserva el único significado que se indica aquí.)
  amountDue: {
    label: 'Importe pendiente',
    meaning: 'El importe del pago que no se completó, o de la parte de una factura que sigue sin pagar, con la moneda: lo que el cliente debe hasta que se pague.',
    example: '29,00 €',
  },
  failedPaymentDate: {
    label: 'Fecha del primer intento de cobro',
    meaning: 'La fecha de nuestro primer intento de cobrar el importe pendiente, el que se rechazó. Fecha completa, sin artículo.',
    example: '3 de marzo de 2027',
  },
  nextRetryDate: {
    label: 'Fecha del próximo intento de cobro',
    meaning: 'La fecha en que volveremos a intentar automáticamente cobrar el importe pendiente con el método de pago registrado. Fecha completa, sin artículo.',
    example: '7 de marzo de 2027',
  },
  suspensionDate: {
    label: 'Fecha de suspensión',
    meaning: 'La fecha en que suspendemos la cuenta por falta de pago si para entonces el importe pendiente sigue sin pagarse, o la fecha en que la suspendimos. Fecha completa, sin artículo.',
    example: '17 de marzo de 2027',
  },
  suspendedAccess: {
    label: 'Acceso durante la suspensión',
    meaning: 'Lo que el cliente puede y no puede hacer mientras su cuenta está suspendida por falta de pago, como oración que sigue a «Mientras su cuenta esté suspendida,». Mejor en forma impersonal, para que valga con usted y con tú.',
    example: 'se puede iniciar sesión y descargar los datos, pero no crear ni editar nada',
  },
  cardExpiryMonth: {
    label: 'Mes de vencimiento de la tarjeta',
    meaning: 'El mes y el año en que vence la tarjeta registrada del cliente, con el nombre del mes y el año, tal como encaja tras «a finales de».',
    example: 'abril de 2027',
  },
  paymentUpdateLink: {
    label: 'Enlace para actualizar los datos de pago',
    meaning: 'El enlace a la página en la que el cliente cambia su método de pago y paga cualquier importe pendiente, incluida la confirmación de un pago que su banco le pide aprobar.',
    example: 'https://app.brightwave.com/settings/billing/payment',
  },
  invoiceNumber: {
    label: 'Número de factura',
    meaning: 'El número que figura en la factura en cuestión; en una factura corregida, el número de la factura original a la que sustituye.',
    example: 'BW-2027-0142',
  },
  invoiceAmount: {
    label: 'Importe de la factura',
    meaning: 'El total de la factura en cuestión, impuestos incluidos, con la moneda.',
    example: '1190,00 €',
  },
  invoiceDueDate: {
    label: 'Fecha de vencimiento de la factura',
    meaning: 'La fecha de vencimiento del pago que figura en la factura en cuestión. Fecha completa, sin artículo.',
    example: '3 de marzo de 2027',
  },
  amountReceived: {
    label: 'Importe recibido',
    meaning: 'El importe del pago en cuestión que se completó o llegó a nuestra cuenta bancaria, con la moneda; si una factura se pagó dos veces, el importe de cada uno de los dos pagos.',
    example: '1175,00 €',
  },
  paymentReceivedDate: {
    label: 'Fecha de recepción del pago',
    meaning: 'La fecha en que el pago en cuestión se completó o llegó a nuestra cuenta bancaria; si una factura se pagó dos veces, la fecha del segundo pago. Fecha completa, sin artículo.',
    example: '9 de marzo de 2027',
  },
  billingHistoryLink: {
    label: 'Enlace al historial de facturación',
    meaning: 'El enlace a la página de la cuenta del cliente en la que aparecen todas sus facturas y recibos para descargarlos.',
    example: 'https://app.brightwave.com/settings/billing/history',
  },

  // Batch 1: billing-changes
  priceChangeDate: {
    label: 'Fecha del cambio de precio',
    meaning: 'La fecha del primer cargo al cliente con el precio nuevo: su primera renovación a partir del día en que entran en vigor los precios nuevos. Fecha completa, sin artículo.',
    example: '3 de mayo de 2027',
  },
  priceAfterIncrease: {
    label: 'Precio tras el aumento',
    meaning: 'Lo que cuesta el plan actual del cliente por periodo de facturación a partir de la fecha del cambio de precio, con la moneda y el periodo.',
    example: '35 € al mes',
  },
  priceChangeReason: {
    label: 'Motivo del cambio de precio',
    meaning: 'Por qué sube el precio, en uno o dos hechos concretos, como oración que sigue a «Hacemos este cambio porque».',
    example: 'hemos añadido el chat en vivo con soporte y el almacenamiento ilimitado a todos los planes, y nuestros gastos de alojamiento han aumentado',
  },
  priceGuarantee: {
    label: 'Garantía de precio',
    meaning: 'Hasta cuándo mantiene el cliente su precio actual y qué pone fin a ese precio, como frase que cierra la oración «mantendrá su precio actual de [Precio del plan] en su plan [Plan]». Mejor sin «su», para que valga con usted y con tú.',
    example: 'hasta la renovación del 31 de marzo de 2028',
  },
  newPlan: {
    label: 'Plan nuevo',
    meaning: 'El nombre del plan al que se cambia o se ha cambiado el cliente, sin la palabra «plan» (el texto ya la pone).',
    example: 'Business',
  },
  newPlanPrice: {
    label: 'Precio del plan nuevo',
    meaning: 'Lo que cuesta el plan nuevo por periodo de facturación, con la moneda y el periodo.',
    example: '49 € al mes',
  },
  newPlanChanges: {
    label: 'Cambios con el plan nuevo',
    meaning: 'Lo que cambia para el cliente con el plan más económico al que se pasa, incluido qué ocurre con lo que supere sus límites, como oración que sigue a «Con el plan [Plan nuevo],». Mejor en forma impersonal, para que valga con usted y con tú.',
    example: 'la cuenta puede tener hasta 3 miembros del equipo, y los proyectos que superen el límite de 10 pasan a ser de solo lectura hasta que se archiven algunos',
  },
  planChangeDate: {
    label: 'Fecha del cambio de plan',
    meaning: 'La fecha en que el cliente pasó de su plan anterior al plan nuevo a mitad de un periodo de facturación. Fecha completa, sin artículo.',
    example: '18 de marzo de 2027',
  },
  newPlanRemainingCost: {
    label: 'Plan nuevo por el tiempo restante',
    meaning: 'Lo que cuesta el plan nuevo por los días que van de la fecha del cambio de plan al final del periodo de facturación en curso, con la moneda.',
    example: '24,50 €',
  },
  previousPlanCredit: {
    label: 'Importe ya pagado por el tiempo restante',
    meaning: 'Lo que el cliente ya había pagado por el plan anterior por los días que van de la fecha del cambio de plan al final del periodo de facturación en curso, con la moneda: el importe que descontamos del cargo.',
    example: '14,50 €',
  },
  statementName: {
    label: 'Nombre en los movimientos',
    meaning: 'El nombre con el que aparecen sus cargos en los movimientos de la cuenta o la tarjeta de los clientes, exactamente como se ve allí.',
    example: 'BRIGHTWAVE* SUBSCR',
  },
  chargePurpose: {
    label: 'Concepto del cargo',
    meaning: 'Qué pagó el cargo en cuestión, como sustantivo con su artículo que sigue a «es por» (el texto no pone «a» ni «de» delante, que se contraerían con «el»).',
    example: 'la renovación anual del plan Pro',
  },
  accountEmail: {
    label: 'Correo de la cuenta',
    meaning: 'La dirección de correo electrónico con la que está registrada la cuenta del cliente.',
    example: 'lucia@example.com',
  },
  accountEmailHint: {
    label: 'Correo de la cuenta parcialmente oculto',
    meaning: 'La dirección de correo con la que está registrada la cuenta, parcialmente oculta (se ven la primera letra y el dominio), para que su titular la reconozca sin que nadie más la conozca.',
    example: 'l•••@example.com',
  },
  correctedDetails: {
    label: 'Datos corregidos',
    meaning: 'Lo que ha corregido en la factura, como sustantivo con su artículo que sigue a «una factura corregida con».',
    example: 'el nuevo nombre de la empresa y el número de identificación fiscal',
  },
  correctedInvoiceNumber: {
    label: 'Número de la factura corregida',
    meaning: 'El número de la factura nueva que ha emitido para sustituir a la factura en cuestión.',
    example: 'BW-2027-0187',
  },

  // Batch 1: trials-and-onboarding
  trialLength: {
    label: 'Duración de la prueba',
    meaning: 'Cuánto dura la prueba gratuita, contada desde el día en que el cliente se registra, como duración que encaja tras «durante».',
    example: '14 días',
  },
  trialEndDate: {
    label: 'Fecha de fin de la prueba',
    meaning: 'La fecha en que termina la prueba gratuita del cliente, con la ampliación si la hay; tiene acceso completo hasta el final de ese día. Fecha completa, sin artículo.',
    example: '17 de marzo de 2027',
  },
  trialEndOutcome: {
    label: 'Qué pasa al terminar la prueba',
    meaning: 'Qué ocurre con la cuenta y con los cobros del cliente cuando termina su prueba gratuita, como oración que sigue a «Cuando termine su prueba,». Mejor en forma impersonal, para que valga con usted y con tú.',
    example: 'la cuenta pasará al plan gratuito, salvo que para entonces se haya elegido un plan de pago',
  },
  accountAfterTrial: {
    label: 'Cuenta tras la prueba',
    meaning: 'Cómo queda la cuenta del cliente cuando una prueba gratuita termina sin un plan de pago, incluido hasta cuándo conserva sus datos si después la elimina, como frase que sigue a «su cuenta es ahora» y a «su cuenta será». Mejor en forma impersonal, para que valga con usted y con tú.',
    example: 'de solo lectura: se puede seguir iniciando sesión y exportando los datos hasta el 16 de abril de 2027',
  },
  trialExtension: {
    label: 'Ampliación de la prueba',
    meaning: 'Cuánto tiempo ha añadido a la prueba gratuita del cliente, como duración.',
    example: '7 días',
  },
  firstStep: {
    label: 'Primer paso',
    meaning: 'La acción que le muestra a un cliente nuevo lo que el producto hace por él, como infinitivo que sigue a «empiece por» y a «lo más rápido es empezar por».',
    example: 'importar los contactos desde una hoja de cálculo',
  },
  trialProgress: {
    label: 'Progreso en la prueba',
    meaning: 'Lo que el cliente ha hecho hasta ahora en su prueba, como participio que sigue a «veo que ya ha».',
    example: 'importado 120 contactos y enviado la primera campaña',
  },
  signUpDate: {
    label: 'Fecha de registro',
    meaning: 'La fecha en que el cliente creó su cuenta. Fecha completa, sin artículo.',
    example: '3 de marzo de 2027',
  },
  callLength: {
    label: 'Duración de la llamada',
    meaning: 'Cuánto suele durar la llamada de puesta en marcha con su equipo, como duración.',
    example: '30 minutos',
  },
  gettingStartedLink: {
    label: 'Enlace a la guía de primeros pasos',
    meaning: 'El enlace a su guía o lista de pasos que acompaña a un cliente nuevo en la configuración de su cuenta.',
    example: 'https://help.brightwave.com/es/primeros-pasos',
  },
  choosePlanLink: {
    label: 'Enlace para elegir un plan',
    meaning: 'El enlace en el que un cliente cuya prueba sigue en curso o ya ha terminado compara los planes de pago, elige uno y añade sus datos de pago.',
    example: 'https://app.brightwave.com/plans',
  },
  bookingLink: {
    label: 'Enlace para reservar una llamada',
    meaning: 'El enlace en el que el cliente elige la hora de una llamada con su equipo.',
    example: 'https://brightwave.com/es/reservar-llamada',
  },

  // Batch 1: service-incidents
  // Las horas llevan su zona horaria, y la fecha cuando el significado lo dice.
  incidentStartTime: {
    label: 'Inicio de la incidencia',
    meaning: 'Cuándo empezó a afectar a los clientes esta incidencia, como fecha con la hora y su zona horaria, sin artículo al principio, tal como encaja tras «desde el» y «que empezó el».',
    example: '12 de marzo de 2027 a las 9:40 (CET)',
  },
  incidentEndTime: {
    label: 'Fin de la incidencia',
    meaning: 'Cuándo volvió a funcionar con normalidad todo lo afectado por esta incidencia, como fecha con la hora y su zona horaria, sin artículo al principio, tal como encaja tras «hasta el».',
    example: '12 de marzo de 2027 a las 11:15 (CET)',
  },
  affectedFeatures: {
    label: 'Funciones afectadas',
    meaning: 'Las partes del producto que fallan o van lentas por esta incidencia, como las llamarían los clientes, como sustantivo con su artículo que encaja tras «problemas con», «el problema con», «se nota sobre todo en» y «Qué se vio afectado:» (nunca tras «a» o «de», que se contraerían con el artículo).',
    example: 'el inicio de sesión y la carga de archivos',
  },
  nextUpdateTime: {
    label: 'Hora de la próxima actualización',
    meaning: 'La hora a la que, como muy tarde, publicamos la próxima actualización sobre esta incidencia, con su artículo y su zona horaria, y con la fecha si no es el día en que se envía el correo, tal como encaja tras «a más tardar a».',
    example: 'las 11:00 (CET)',
  },
  incidentProgress: {
    label: 'Avances en la incidencia',
    meaning: 'Qué ha cambiado en esta incidencia desde la última actualización, tal como lo ha confirmado su equipo técnico (qué ha encontrado o hecho y qué vuelve a funcionar), como oración que sigue a «Qué ha cambiado desde nuestra última actualización:». Sin causas supuestas ni una hora de fin que el equipo no haya confirmado.',
    example: 'hemos encontrado una actualización defectuosa de la base de datos y la estamos revirtiendo, y el inicio de sesión vuelve a funcionar para la mayoría de los clientes',
  },
  incidentCause: {
    label: 'Causa de la incidencia',
    meaning: 'Qué provocó esta incidencia, con palabras sencillas y hasta donde lo ha confirmado su equipo técnico; si aún no está confirmado, dígalo (por ejemplo, que todavía se está investigando y que el informe lo explicará). Escrito para ir tras dos puntos: «Sobre la causa:» y «Qué provocó la incidencia:», sin mayúscula inicial.',
    example: 'un cambio de configuración en nuestros servidores de bases de datos que les impidió aceptar conexiones nuevas',
  },
  incidentFix: {
    label: 'Cómo se solucionó',
    meaning: 'Qué hizo su equipo para poner fin a esta incidencia, como frase que empieza por un gerundio y sigue a «lo solucionamos» y a «Cómo la solucionamos:».',
    example: 'revirtiendo el cambio y reiniciando los servidores afectados',
  },
  dataImpact: {
    label: 'Efecto en los datos',
    meaning: 'Qué efecto tuvo esta incidencia en los datos de los clientes, tal como lo ha confirmado su equipo técnico, como oración que sigue a «En cuanto a sus datos,» y a «Sus datos:». Mejor en forma impersonal, para que valga con usted y con tú.',
    example: 'no se perdió nada, y los archivos cargados durante la incidencia terminaron de guardarse cuando se resolvió',
  },
  postIncidentReportDate: {
    label: 'Fecha del informe de la incidencia',
    meaning: 'La fecha a más tardar en la que compartimos con los clientes el informe completo de esta incidencia. Fecha completa, sin artículo.',
    example: '19 de marzo de 2027',
  },
  preventionSteps: {
    label: 'Medidas para evitar que se repita',
    meaning: 'Lo que su equipo ha cambiado, o cambiará en una fecha a la que se ha comprometido, para que esta incidencia no se repita, como oración que sigue a «Qué vamos a cambiar:».',
    example: 'ahora probamos cada cambio en la base de datos con una copia del tráfico real antes de aplicarlo, y una alerta avisa a nuestros ingenieros en menos de 2 minutos si fallan las conexiones',
  },
  postIncidentReportLink: {
    label: 'Enlace al informe de la incidencia',
    meaning: 'El enlace al informe completo de esta incidencia, con su cronología detallada.',
    example: 'https://status.brightwave.com/incidents/2027-03-12',
  },
  statusPageLink: {
    label: 'Enlace a la página de estado',
    meaning: 'El enlace a su página de estado pública, donde publica las actualizaciones sobre incidencias y mantenimientos.',
    example: 'https://status.brightwave.com',
  },
  maintenanceStart: {
    label: 'Inicio del mantenimiento',
    meaning: 'Cuándo empieza el mantenimiento programado, como fecha con la hora y su zona horaria, sin artículo al principio, tal como encaja tras «el».',
    example: 'sábado 20 de marzo de 2027 a las 23:00 (CET)',
  },
  maintenanceDuration: {
    label: 'Duración del mantenimiento',
    meaning: 'Lo máximo que se anunció que duraría el mantenimiento, contado desde su inicio, como duración con su unidad y sin «hasta», tal como encaja tras «un máximo de» y «dentro del plazo de».',
    example: '2 horas',
  },
  maintenancePurpose: {
    label: 'Objetivo del mantenimiento',
    meaning: 'Para qué sirve el mantenimiento, con palabras sencillas, como infinitivo que sigue a «Aprovecharemos este mantenimiento para».',
    example: 'trasladar los datos a servidores más nuevos y más rápidos',
  },
  maintenanceImpact: {
    label: 'Efecto del mantenimiento',
    meaning: 'Lo que los clientes no podrán hacer mientras dure el mantenimiento y lo que seguirá funcionando, como oración en futuro que sigue a «Durante el mantenimiento,» y a «Hasta que termine el mantenimiento,». Mejor en forma impersonal, para que valga con usted y con tú.',
    example: 'no se podrá iniciar sesión ni sincronizar archivos, pero los enlaces compartidos seguirán funcionando',
  },
  revisedMaintenanceEnd: {
    label: 'Nuevo fin del mantenimiento',
    meaning: 'Cuándo prevemos ahora que termine un mantenimiento que se ha alargado, como fecha con la hora y su zona horaria, sin artículo al principio, tal como encaja tras «a más tardar el».',
    example: 'domingo 21 de marzo de 2027 a las 3:00 (CET)',
  },
  maintenanceDelayReason: {
    label: 'Motivo del retraso del mantenimiento',
    meaning: 'Por qué el mantenimiento está tardando más de lo anunciado, como oración que sigue a «El motivo es que».',
    example: 'la copia de los datos está llevando más tiempo que en nuestras pruebas',
  },
  availabilityCommitment: {
    label: 'Disponibilidad comprometida',
    meaning: 'La disponibilidad a la que se compromete su acuerdo de nivel de servicio para el plan del cliente, como porcentaje.',
    example: '99,9 %',
  },
  measuredAvailability: {
    label: 'Disponibilidad medida',
    meaning: 'La disponibilidad que midió para la cuenta del cliente durante el periodo del SLA, como porcentaje calculado tal como lo define el SLA.',
    example: '99,62 %',
  },
  slaPeriod: {
    label: 'Periodo del SLA',
    meaning: 'El periodo en el que el SLA mide la disponibilidad y en el que ocurrió esta incidencia, tal como encaja tras «en» y «correspondiente a».',
    example: 'marzo de 2027',
  },
  serviceCreditAmount: {
    label: 'Importe del crédito de servicio',
    meaning: 'El crédito de servicio que recibe el cliente según el SLA por el periodo del SLA, como importe con la moneda.',
    example: '120,00 €',
  },
  slaLink: {
    label: 'Enlace al SLA',
    meaning: 'El enlace a su acuerdo de nivel de servicio (SLA) publicado, incluido cómo se calculan los créditos de servicio.',
    example: 'https://brightwave.com/es/legal/sla',
  },
  discoveryDate: {
    label: 'Fecha de detección',
    meaning: 'La fecha en que su equipo tuvo conocimiento del incidente de seguridad. Fecha completa, sin artículo.',
    example: '9 de marzo de 2027',
  },
  securityIncidentSummary: {
    label: 'Resumen del incidente de seguridad',
    meaning: 'Qué ocurrió en el incidente de seguridad, con hechos y solo hasta donde lo ha confirmado su investigación (quién o qué, y cuándo), como oración que sigue a «comprobamos que». Acordado con su equipo legal.',
    example: 'una persona ajena a nuestra empresa había usado la contraseña robada de un empleado para consultar fichas de clientes en nuestra herramienta de soporte entre el 2 y el 4 de marzo de 2027',
  },
  dataInvolved: {
    label: 'Datos afectados',
    meaning: 'Los datos del cliente a los que afectó el incidente de seguridad, hasta donde lo ha confirmado su investigación, como enumeración de sustantivos con su artículo que sigue a «El incidente afectó a estos datos:». Mejor sin «su», para que valga con usted y con tú.',
    example: 'el nombre, la dirección de correo electrónico y el texto de los tickets de soporte',
  },
  dataNotInvolved: {
    label: 'Datos no afectados',
    meaning: 'Los tipos de datos sensibles a los que, según la investigación hasta ahora, no afectó el incidente de seguridad, unidos con «y», como enumeración de sustantivos con su artículo que sigue a «no afectó a ninguno de estos otros:».',
    example: 'la contraseña y los datos de la tarjeta de pago',
  },
  securityActionsTaken: {
    label: 'Medidas tomadas',
    meaning: 'Lo que ha hecho su equipo desde que detectó el incidente de seguridad, como frase que empieza por un participio y sigue a «Desde entonces, hemos».',
    example: 'bloqueado la cuenta que se usó, restablecido las contraseñas de todos los empleados y pedido a una empresa de seguridad externa que revise nuestros sistemas',
  },
  recommendedSteps: {
    label: 'Pasos recomendados',
    meaning: 'Lo que aconseja hacer al cliente para protegerse tras el incidente de seguridad, como infinitivo que sigue a «Le recomendamos».',
    example: 'cambiar la contraseña de Brightwave y activar el inicio de sesión en dos pasos',
  },

  // Batch 1: bugs-and-feature-requests
  bugReviewTime: {
    label: 'Plazo de revisión de errores',
    meaning: 'Cuánto suele tardar su equipo técnico en revisar un informe de error nuevo, contado desde el día en que lo recibimos, como duración que encaja tras «en un plazo de».',
    example: '2 días hábiles',
  },
  bugReplyByDate: {
    label: 'Fecha de cierre del informe de error',
    meaning: 'La fecha después de la cual cerramos un informe de error si el cliente no nos ha enviado los datos que le pedimos. Fecha completa, sin artículo.',
    example: '16 de marzo de 2027',
  },
  workaround: {
    label: 'Solución alternativa',
    meaning: 'Cómo puede el cliente hacer su trabajo mientras el error siga sin corregirse, como pasos en una frase que empieza por un infinitivo y sigue a «Hasta que esté corregido, puede».',
    example: 'abrir el informe, elegir Imprimir y seleccionar Guardar como PDF como impresora',
  },
  howToGetFix: {
    label: 'Cómo obtener la corrección',
    meaning: 'Lo que tiene que hacer el cliente para obtener la corrección, como instrucción que empieza por un infinitivo y sigue a «Para obtener la corrección, solo tiene que».',
    example: 'actualizar la app a la versión 4.2.1 desde App Store o Google Play',
  },
  requestedFeature: {
    label: 'Función solicitada',
    meaning: 'La función que pidió el cliente, como sustantivo sin artículo al principio, tal como encaja tras «su solicitud de», «nos preguntó por» y «Nos pidió».',
    example: 'exportaciones programadas a Google Sheets',
  },
  featureDeclineReason: {
    label: 'Motivo para no desarrollar la función',
    meaning: 'Por qué su equipo ha decidido no desarrollar la función solicitada, como oración que sigue a «El motivo es que».',
    example: 'tendríamos que guardar la contraseña de Google de cada cliente, y no guardamos contraseñas de otros servicios',
  },
  suggestedAlternative: {
    label: 'Alternativa propuesta',
    meaning: 'Una función, un ajuste o una integración que ya existe y que le da al cliente lo que necesita de otra forma, como sustantivo con su artículo que sigue a «Esto es lo que le propongo como alternativa:».',
    example: 'nuestra integración con Zapier, que puede enviar cada informe nuevo a Google Sheets',
  },
  howItWorks: {
    label: 'Cómo funciona',
    meaning: 'Cómo se comporta el producto en la situación que el cliente comunicó como error, y por qué se diseñó así, como oración que sigue a «Funciona así:».',
    example: 'los proyectos archivados no aparecen en los resultados de búsqueda, para que la búsqueda siga siendo rápida en los espacios de trabajo grandes',
  },
  featureAvailability: {
    label: 'Disponibilidad de la función',
    meaning: 'Qué clientes pueden usar la función recién publicada y si tiene un precio adicional, como sustantivo con su artículo que sigue a «Quién puede usarla:».',
    example: 'los clientes de todos los planes, sin cargo adicional',
  },
  featureGuideLink: {
    label: 'Enlace a la guía de la función',
    meaning: 'El enlace al artículo de ayuda que explica cómo configurar y usar la función recién publicada.',
    example: 'https://help.brightwave.com/es/exportaciones-programadas',
  },
  betaLimitations: {
    label: 'Limitaciones de la beta',
    meaning: 'Lo que no está terminado o puede cambiar en la versión beta, como oración que sigue a «Como es una beta,».',
    example: 'la exportación a Excel todavía no está lista, y el diseño puede cambiar antes de la versión definitiva',
  },
  betaSignUpLink: {
    label: 'Enlace para unirse a la beta',
    meaning: 'El enlace en el que el cliente se une a la beta.',
    example: 'https://app.brightwave.com/beta/scheduled-exports',
  },
  roadmapLink: {
    label: 'Enlace a la hoja de ruta pública',
    meaning: 'El enlace a su hoja de ruta pública, donde los clientes pueden seguir las funciones previstas.',
    example: 'https://brightwave.com/es/hoja-de-ruta',
  },

  // Batch 2: ticket-lifecycle
  // (ticketNumber es el ticket del que trata el correo; en una fusión, el ticket que conservamos.)
  ticketTopic: {
    label: 'Tema del ticket',
    meaning: 'De qué trata el ticket, en pocas palabras que el cliente reconozca, como sustantivo con su artículo que sigue a «sobre» (nunca tras «a» o «de», que se contraerían con el artículo).',
    example: 'los contactos que faltan tras la importación',
  },
  replyTime: {
    label: 'Plazo de respuesta',
    meaning: 'Cuánto suele tardar nuestro equipo de soporte en responder a un mensaje del cliente (la primera respuesta a un ticket nuevo o la respuesta a lo que nos contesta), contado desde que nos llega, como duración que encaja tras «en un plazo de».',
    example: '1 día hábil',
  },
  supportHours: {
    label: 'Horario de soporte',
    meaning: 'Los días y las horas en que nuestro equipo de soporte suele responder a los tickets, con la zona horaria, como frase que sigue a «Nuestro equipo responde a los tickets» o a dos puntos.',
    example: 'de lunes a viernes, de 9:00 a 18:00 (CET)',
  },
  helpCenterLink: {
    label: 'Enlace al centro de ayuda',
    meaning: 'El enlace a su centro de ayuda, donde los clientes encuentran artículos prácticos y respuestas a las preguntas frecuentes sin tener que escribirle.',
    example: 'https://help.brightwave.com/es',
  },
  infoNeeded: {
    label: 'Información necesaria',
    meaning: 'Los datos que necesita del cliente para seguir adelante con el ticket, como sustantivo con su artículo que sigue a «responder con» y a «todavía necesito». Mejor sin «su», para que valga con usted y con tú.',
    example: 'la dirección de correo de la cuenta y una captura de pantalla del mensaje de error',
  },
  nextStepWithInfo: {
    label: 'Siguiente paso con los datos',
    meaning: 'Lo que hará cuando el cliente le envíe los datos que le pidió, como infinitivo que sigue a «Con esos datos, podré».',
    example: 'localizar la importación y ver por qué se detuvo a mitad',
  },
  ticketCloseDate: {
    label: 'Fecha de cierre del ticket',
    meaning: 'La fecha en que cerramos este ticket si el cliente no ha respondido para entonces. Fecha completa, sin artículo.',
    example: '19 de marzo de 2027',
  },
  reopenPeriod: {
    label: 'Plazo para reabrir',
    meaning: 'Durante cuánto tiempo una respuesta a un ticket cerrado todavía lo vuelve a abrir, contado desde el día en que se cerró, como duración que encaja tras «durante» y «en un plazo de». Pasado ese plazo, una respuesta abre un ticket nuevo.',
    example: '30 días',
  },
  solutionSummary: {
    label: 'Resumen de la solución',
    meaning: 'Lo que ha cambiado o encontrado y resuelve el problema del cliente, tal como lo ha confirmado su equipo, como oración en minúscula que sigue a «Esto es lo que ha cambiado:».',
    example: 'los 14 contactos que faltaban vuelven a estar en la libreta de direcciones, y las importaciones ya llegan hasta el final',
  },
  receivingTeam: {
    label: 'Equipo receptor',
    meaning: 'El nombre del equipo al que pasa el ticket, sin la palabra «equipo» (el texto dice «nuestro equipo de…»).',
    example: 'facturación',
  },
  handoverReason: {
    label: 'Motivo del traspaso',
    meaning: 'Por qué el equipo receptor es el adecuado para este ticket, como oración que sigue a «porque».',
    example: 'solo ese equipo puede cambiar los datos de una factura ya emitida',
  },
  teamReplyTime: {
    label: 'Plazo de respuesta del equipo receptor',
    meaning: 'Cuánto suele tardar en responder el equipo al que pasó el ticket, contado desde el traspaso, como duración que encaja tras «en un plazo de».',
    example: '2 días hábiles',
  },
  satisfactionSurveyLink: {
    label: 'Enlace a la encuesta de satisfacción',
    meaning: 'El enlace a la encuesta de una sola pregunta en la que el cliente valora la ayuda que recibió en este ticket.',
    example: 'https://brightwave.com/es/encuesta/ticket-58213',
  },
  reducedHoursOccasion: {
    label: 'Motivo del horario reducido',
    meaning: 'Por qué nuestro equipo de soporte trabaja con horario reducido, como sustantivo con su artículo que sigue a «por».',
    example: 'las fiestas de fin de año',
  },
  reducedHoursStart: {
    label: 'Inicio del horario reducido',
    meaning: 'El primer día en que nuestro equipo de soporte trabaja con horario reducido. Fecha completa, sin artículo.',
    example: '24 de diciembre de 2027',
  },
  reducedHoursEnd: {
    label: 'Fin del horario reducido',
    meaning: 'El último día en que nuestro equipo de soporte trabaja con horario reducido; al día siguiente vuelve el horario habitual. Fecha completa, sin artículo.',
    example: '2 de enero de 2028',
  },
  reducedHours: {
    label: 'Horario de soporte reducido',
    meaning: 'Cuándo responde nuestro equipo de soporte a los tickets entre el inicio y el fin del horario reducido, con la zona horaria y los días sin soporte, como frase que sigue a «nuestro equipo responde a los tickets».',
    example: 'de lunes a viernes, de 10:00 a 14:00 (CET), salvo el 25 de diciembre y el 1 de enero',
  },
  reducedHoursReplyTime: {
    label: 'Plazo de respuesta en horario reducido',
    meaning: 'Cuánto suele tardar nuestro equipo de soporte en dar la primera respuesta a un ticket nuevo entre el inicio y el fin del horario reducido, contado desde que nos llega el ticket, como duración que encaja tras «en un plazo de».',
    example: '2 días hábiles',
  },
  mergedTicketNumber: {
    label: 'Número del ticket fusionado',
    meaning: 'El número del ticket más reciente, el duplicado, que ha fusionado con el ticket que conservamos.',
    example: '58240',
  },

  // Batch 2: orders-and-shipping
  // Los artículos van sin artículo gramatical detrás de la palabra «artículo» (el texto dice «el artículo…»).
  itemName: {
    label: 'Nombre del artículo',
    meaning: 'El artículo en cuestión tal como lo pidió el cliente, con la talla, el color o el modelo cuando importa, como nombre sin artículo gramatical (el texto dice «el artículo…»).',
    example: 'Zapatillas Trailrunner 2, talla 42',
  },
  itemReceived: {
    label: 'Artículo recibido',
    meaning: 'El artículo que recibió el cliente por error en lugar del que pidió, como nombre sin artículo gramatical (el texto dice «el artículo…»).',
    example: 'Zapatillas Trailrunner 2, talla 40',
  },
  exchangeItem: {
    label: 'Artículo del cambio',
    meaning: 'El artículo que recibe el cliente en un cambio, con la talla, el color o el modelo que lo distingue del que devuelve, como nombre sin artículo gramatical (el texto dice «el artículo…»).',
    example: 'Zapatillas Trailrunner 2, talla 43',
  },
  carrier: {
    label: 'Empresa de transporte',
    meaning: 'La empresa que transporta el paquete en cuestión (el pedido, un reemplazo o una devolución), con su nombre propio y sin artículo, tal como encaja tras «con», «a» y al principio de una oración.',
    example: 'DHL',
  },
  trackingLink: {
    label: 'Enlace de seguimiento',
    meaning: 'El enlace a la página de seguimiento de la empresa de transporte para el paquete en cuestión.',
    example: 'https://www.dhl.com/es-es/home/seguimiento.html?tracking-id=1234567890',
  },
  lastTrackingUpdate: {
    label: 'Última actualización del seguimiento',
    meaning: 'La fecha de la última actualización del seguimiento del paquete perdido en la web de la empresa de transporte, tal como encaja tras «desde el». Fecha completa, sin artículo.',
    example: '4 de marzo de 2027',
  },
  expectedShipDate: {
    label: 'Fecha prevista de envío',
    meaning: 'La fecha en que prevemos entregar el pedido, o el artículo en cuestión, a la empresa de transporte, tal como encaja tras «el», «a más tardar el» y «antes del». Fecha completa, sin artículo.',
    example: '9 de marzo de 2027',
  },
  expectedDeliveryDate: {
    label: 'Fecha prevista de entrega',
    meaning: 'La fecha más tardía en la que prevemos ahora que el paquete en cuestión llegue al cliente, tal como encaja tras «a más tardar el». Fecha completa, sin artículo.',
    example: '12 de marzo de 2027',
  },
  shippingDelayReason: {
    label: 'Motivo del retraso del envío',
    meaning: 'Por qué el pedido llegará más tarde de lo que dijimos, con palabras sencillas, como oración que sigue a «El motivo es que».',
    example: 'un temporal cerró durante 2 días el principal centro de clasificación de la empresa de transporte, y los envíos ya vuelven a moverse, aunque con retraso',
  },
  replacementShipTime: {
    label: 'Plazo de envío del reemplazo',
    meaning: 'Cuánto tardamos en entregar un artículo de reemplazo a la empresa de transporte, contado desde el día en que el cliente nos responde que lo quiere, como duración que encaja tras «en un plazo de».',
    example: '2 días hábiles',
  },
  newDeliveryAddress: {
    label: 'Nueva dirección de entrega',
    meaning: 'La dirección completa a la que el cliente nos pidió enviar el pedido, en una línea, exactamente como aparecerá en la etiqueta de envío.',
    example: 'Calle del Olmo 25, 4.º B, 28004 Madrid',
  },
  paymentOnBackorder: {
    label: 'Pago del artículo agotado',
    meaning: 'Si el cliente ya ha pagado el artículo agotado y, si no, cuándo se le cobra, como oración que sigue a «En cuanto al pago,». Mejor en forma impersonal, para que valga con usted y con tú.',
    example: 'el cargo en la tarjeta se hará solo cuando enviemos el artículo',
  },
  exchangeShipping: {
    label: 'Envío del cambio',
    meaning: 'Cuándo enviamos el artículo nuevo en un cambio, como frase que cierra la oración «Le enviamos el artículo [Artículo del cambio]».',
    example: 'en cuanto la empresa de transporte registre el paquete de devolución',
  },
  returnLabelLink: {
    label: 'Enlace a la etiqueta de devolución',
    meaning: 'El enlace en el que el cliente imprime la etiqueta de devolución prepagada para esta devolución o este cambio.',
    example: 'https://shop.brightwave.com/es/devoluciones/etiqueta/BW-20417',
  },
  returnByDate: {
    label: 'Fecha límite de devolución',
    meaning: 'El último día en que el cliente puede entregar a la empresa de transporte el artículo que devuelve, en esta devolución o este cambio, tal como encaja tras «a más tardar el». Fecha completa, sin artículo.',
    example: '26 de marzo de 2027',
  },
  returnShippingCost: {
    label: 'Gastos de envío de la devolución',
    meaning: 'Quién paga el envío del artículo que se devuelve, y cuánto, como oración que sigue a «En cuanto al envío de la devolución,». Mejor en forma impersonal, para que valga con usted y con tú.',
    example: 'la etiqueta es gratuita',
  },
  returnProcessingTime: {
    label: 'Plazo de tramitación de la devolución',
    meaning: 'Cuánto tardamos en revisar un artículo devuelto y enviar el reembolso, contado desde el día en que nos llega el artículo, como duración que encaja tras «en un plazo de».',
    example: '5 días hábiles',
  },
  returnPolicyLink: {
    label: 'Enlace a la política de devoluciones',
    meaning: 'El enlace a su política de devoluciones publicada, con las condiciones de las devoluciones y los cambios.',
    example: 'https://shop.brightwave.com/es/devoluciones',
  },
  checkoutProblemCause: {
    label: 'Causa del problema al finalizar la compra',
    meaning: 'Qué impidió que el pedido del cliente se completara al finalizar la compra, hasta donde lo ha averiguado, como oración en minúscula que sigue a «Esto es lo que lo impidió:».',
    example: 'el banco pidió confirmar el pago, y la página de confirmación se cerró antes de terminar',
  },
  pendingReleaseTime: {
    label: 'Plazo de liberación del importe retenido',
    meaning: 'Cuánto suelen tardar los bancos en liberar el importe retenido para un pedido que no se completó, contado desde el intento de compra, como duración que encaja tras «en un plazo de».',
    example: '3 a 5 días hábiles',
  },
  cartLink: {
    label: 'Enlace al carrito',
    meaning: 'El enlace al carrito del cliente en su tienda, desde donde puede volver a hacer el pedido.',
    example: 'https://shop.brightwave.com/es/carrito',
  },

  // Batch 2: feedback-and-reviews
  // (replyTime, de ticket-lifecycle, es también lo que prometen el seguimiento de una puntuación baja y la respuesta a una reseña negativa.)
  surveyScore: {
    label: 'Puntuación de la encuesta',
    meaning: 'La puntuación que dio el cliente en su encuesta de «¿con qué probabilidad nos recomendaría?», con la escala y sin artículo, tal como encaja tras «nos dio un».',
    example: '9 de 10',
  },
  reviewSite: {
    label: 'Sitio de reseñas',
    meaning: 'El sitio de reseñas o la tienda de aplicaciones donde pide la reseña o donde apareció la del cliente, con su nombre propio y sin artículo, tal como encaja tras «en».',
    example: 'Trustpilot',
  },
  reviewLink: {
    label: 'Enlace para escribir la reseña',
    meaning: 'El enlace que abre el formulario para escribir una reseña de su producto en el sitio de reseñas.',
    example: 'https://es.trustpilot.com/evaluate/brightwave.com',
  },
  reviewHighlight: {
    label: 'Lo destacado de la reseña',
    meaning: 'Lo que elogió la reseña del cliente, con sus propias palabras, como sustantivo con su artículo que sigue a «Lo que escribió sobre».',
    example: 'la rapidez con la que la app móvil sincroniza las notas',
  },
  reviewProblem: {
    label: 'Problema de la reseña',
    meaning: 'Lo que le salió mal al cliente, tal como lo cuenta su reseña y usted lo ha comprobado, como oración que sigue a «Tiene razón en que». Nada privado: la respuesta es pública.',
    example: 'la primera factura llevaba mal el nombre de la empresa y tardamos una semana en corregirla',
  },
  reviewAction: {
    label: 'Medidas tras la reseña',
    meaning: 'Lo que ha hecho su equipo, o ha empezado a hacer, por el problema de la reseña negativa, como oración en minúscula que sigue a «Esto es lo que hemos hecho:». Nada privado: la respuesta es pública.',
    example: 'ahora revisamos el nombre de la empresa antes de emitir la primera factura, y las correcciones de facturas tardan 1 día hábil',
  },
  supportEmail: {
    label: 'Correo de soporte',
    meaning: 'La dirección de correo de su equipo de soporte, a la que pueden escribir los clientes.',
    example: 'soporte@brightwave.com',
  },
  customerResult: {
    label: 'Resultado del cliente',
    meaning: 'El buen resultado que el cliente le contó que ha conseguido con su producto, como oración que sigue a «Nos contó que». Mejor sin «su», para que valga con usted y con tú.',
    example: 'el equipo ahora cierra el mes en 2 días en lugar de 5',
  },
  customerCompany: {
    label: 'Empresa del cliente',
    meaning: 'El nombre de la empresa u organización del cliente, tal como se escribe en una oración.',
    example: 'Distribuciones Norte',
  },
  interviewLength: {
    label: 'Duración de la entrevista',
    meaning: 'Cuánto suele durar la llamada de entrevista para un caso de éxito, como duración que encaja tras «una llamada de» (el texto añade «aproximadamente»).',
    example: '30 minutos',
  },
  testimonialPlacement: {
    label: 'Dónde se publicaría el testimonio',
    meaning: 'Dónde publicaría la cita o el caso de éxito del cliente, como frase que cierra la oración «Lo publicaríamos».',
    example: 'en la página de casos de éxito de nuestra web y en nuestro boletín mensual',
  },
  productSurveyLink: {
    label: 'Enlace a la encuesta de producto',
    meaning: 'El enlace a su encuesta sobre el producto: qué usan los clientes, qué les estorba y qué desarrollar después.',
    example: 'https://brightwave.com/es/encuesta/producto-2027',
  },
  surveyLength: {
    label: 'Duración de la encuesta',
    meaning: 'Cuánto tarda la mayoría de los clientes en responder a la encuesta de producto, como duración que encaja tras «unos».',
    example: '5 minutos',
  },
  surveyCloseDate: {
    label: 'Fecha de cierre de la encuesta',
    meaning: 'El último día en que la encuesta de producto acepta respuestas. Fecha completa, sin artículo.',
    example: '30 de abril de 2027',
  },
  surveyResultsDate: {
    label: 'Fecha de los resultados de la encuesta',
    meaning: 'La fecha a más tardar en la que enviamos a todos los que respondieron a la encuesta de producto un resumen de los resultados y de lo que cambiamos por ellos. Fecha completa, sin artículo.',
    example: '31 de mayo de 2027',
  },
  betaName: {
    label: 'Nombre de la beta',
    meaning: 'El nombre de la función o de la versión del producto que se probó en la beta, tal como la conocen los clientes, sin artículo, tal como encaja en «la beta de…».',
    example: 'exportaciones programadas',
  },
  betaChanges: {
    label: 'Cambios gracias a la beta',
    meaning: 'Lo que ha cambiado gracias a los comentarios de quienes probaron la beta, como oración que sigue a «Gracias a sus comentarios y a los del resto de participantes,».',
    example: 'las exportaciones ya respetan el orden de las columnas, y se puede elegir la zona horaria de cada ejecución programada',
  },
  afterBeta: {
    label: 'Tras la beta',
    meaning: 'Qué pasa con la función probada en la cuenta del participante ahora que la beta ha terminado, incluido cualquier precio, como oración que sigue a «Ahora que la beta ha terminado,». Mejor en forma impersonal, para que valga con usted y con tú.',
    example: 'las exportaciones programadas pasan a formar parte del plan Pro, y se pueden seguir usando sin cargo hasta el 30 de junio de 2027',
  },
  referralPageLink: {
    label: 'Enlace a la página de recomendaciones',
    meaning: 'El enlace a la página de la cuenta del cliente en la que copia su enlace personal de recomendación y ve quién se ha registrado con él.',
    example: 'https://app.brightwave.com/recomendaciones',
  },
  referralCondition: {
    label: 'Condición de la recomendación',
    meaning: 'Lo que debe hacer además la persona que se registra con el enlace de recomendación del cliente para que se apliquen las dos recompensas, como frase que empieza por un verbo en tercera persona y sigue a «Se registra con él y».',
    example: 'paga su primer mes',
  },
  referralReward: {
    label: 'Recompensa por recomendar',
    meaning: 'Lo que recibe el cliente por cada persona que se registra con su enlace de recomendación y cumple la condición, como sustantivo con su artículo que sigue a «recibe» y a «consiga». Mejor sin «su», para que valga con usted y con tú.',
    example: 'un mes gratis del plan actual',
  },
  newCustomerReward: {
    label: 'Recompensa para la persona recomendada',
    meaning: 'Lo que recibe la persona que se registra con el enlace de recomendación del cliente y cumple la condición, como sustantivo con su artículo que sigue a «la otra persona recibe».',
    example: 'un 20 % de descuento en los 3 primeros meses',
  },
  referralTermsLink: {
    label: 'Enlace a las condiciones del programa de recomendación',
    meaning: 'El enlace a las condiciones completas de su programa de recomendación: cuándo se aplican las recompensas y sus límites.',
    example: 'https://brightwave.com/es/legal/programa-de-recomendacion',
  },

  // Batch 2: complaints-and-apologies
  // (apology-slow-reply también usa ticketTopic y replyTime, de ticket-lifecycle, con el mismo significado.)
  complaintSummary: {
    label: 'Resumen de la queja',
    meaning: 'De qué se quejó el cliente, con palabras que reconozca y sin culpar a nadie, como sustantivo con su artículo que sigue a «sobre» y a «por» (nunca tras «a» o «de», que se contraerían con el artículo).',
    example: 'el retraso en la entrega del pedido BW-20417 y los dos mensajes que quedaron sin respuesta',
  },
  complaintReplyDate: {
    label: 'Fecha de respuesta a la queja',
    meaning: 'La fecha a más tardar en la que volvemos a escribir al cliente sobre su queja, con una respuesta o con el punto en que está. Fecha completa, sin artículo.',
    example: '12 de marzo de 2027',
  },
  managerName: {
    label: 'Nombre del responsable',
    meaning: 'El nombre de la persona responsable que se hace cargo de la queja, tal como lo verá el cliente cuando le escriba.',
    example: 'Carmen Ortiz',
  },
  managerRole: {
    label: 'Cargo del responsable',
    meaning: 'El cargo de la persona responsable que se hace cargo de la queja, sin artículo y en el género de esa persona, tal como encaja en aposición tras su nombre («…, directora de…»).',
    example: 'directora de atención al cliente',
  },
  escalationReason: {
    label: 'Motivo para escalar la queja',
    meaning: 'Por qué pasa la queja a una persona responsable, como oración que sigue a «Lo he hecho porque».',
    example: 'el reembolso que ha pedido supera el importe que puedo aprobar por mi cuenta',
  },
  ourMistake: {
    label: 'Nuestro error',
    meaning: 'Qué hicimos mal, con palabras sencillas y sin excusas, como oración que sigue a «Tiene razón, y lo siento:». Mejor sin «su», para que valga con usted y con tú.',
    example: 'enviamos el pedido a la dirección anterior, aunque la cuenta ya tenía la nueva',
  },
  mistakeFix: {
    label: 'Cómo corregimos el error',
    meaning: 'Lo que ha hecho para corregir nuestro error para este cliente, como frase que empieza por un participio y sigue a «Para solucionarlo, he».',
    example: 'enviado un paquete nuevo a la dirección actual por envío urgente, sin cargo',
  },
  mistakePrevention: {
    label: 'Cambio para evitar el error',
    meaning: 'Lo que hemos cambiado, o cambiaremos en una fecha a la que el equipo se ha comprometido, para que el mismo error no se repita, como oración que sigue a «Para que no vuelva a ocurrir,».',
    example: 'ahora comprobamos la dirección de entrega con la de la cuenta antes de enviar cada pedido',
  },
  replyDelay: {
    label: 'Tiempo de espera',
    meaning: 'Cuánto esperó el cliente nuestra respuesta, contado desde el día en que nos llegó su mensaje, como duración.',
    example: '5 días',
  },
  questionAnswer: {
    label: 'Respuesta a la pregunta',
    meaning: 'La respuesta que esperaba el cliente, lo bastante completa para que no necesite nada más, como una o varias oraciones en minúscula que siguen a «Esta es la respuesta:». Mejor en forma impersonal, para que valga con usted y con tú.',
    example: 'un proyecto se puede mover a otro espacio de trabajo desde su página de configuración, en Mover proyecto, y todo lo que contiene se mueve con él',
  },
  customerRequest: {
    label: 'Solicitud del cliente',
    meaning: 'Lo que pidió el cliente y no podemos hacer, como sustantivo sin artículo definido al principio, tal como encaja tras «su solicitud de» y «preguntarnos por».',
    example: 'un descuento para un segundo espacio de trabajo',
  },
  requestDeclineReason: {
    label: 'Motivo para no aceptar la solicitud',
    meaning: 'Por qué no podemos hacer lo que pidió el cliente, como oración que sigue a «El motivo es que».',
    example: 'nuestros precios son los mismos para todos los clientes, para que nadie pague más que otra persona por el mismo plan',
  },
  requestAlternative: {
    label: 'Lo que podemos ofrecer',
    meaning: 'Lo que puede ofrecer al cliente en lugar de lo que pidió, como sustantivo con su artículo que sigue a «Esto es lo que sí puedo hacer:».',
    example: 'una llamada sin cargo con nuestro equipo para configurar los dos espacios de trabajo de modo que compartan un solo plan',
  },
  complaintFindings: {
    label: 'Resultado de la revisión',
    meaning: 'Lo que encontró al revisar la queja, con palabras sencillas y sin culpar a nadie, como oración en minúscula que sigue a «Esto es lo que he encontrado:».',
    example: 'el reemplazo que prometimos el 3 de marzo nunca se envió, porque la solicitud no llegó a nuestro almacén',
  },
  firstResolutionOption: {
    label: 'Primera opción de solución',
    meaning: 'La primera de las dos formas que propone para solucionar la queja, como sustantivo con su artículo que sigue a «ofrecerle».',
    example: 'un reemplazo por envío urgente, sin cargo',
  },
  secondResolutionOption: {
    label: 'Segunda opción de solución',
    meaning: 'La segunda de las dos formas que propone para solucionar la queja, como sustantivo con su artículo que sigue a «o».',
    example: 'el reembolso completo de 49,00 € a la tarjeta Visa',
  },
  resolutionSetupTime: {
    label: 'Plazo para aplicar la solución',
    meaning: 'Cuánto tardamos en poner en marcha la solución que elija el cliente, contado desde su respuesta, como duración que encaja tras «en un plazo de».',
    example: '2 días hábiles',
  },
  complaintResolvedDate: {
    label: 'Fecha de resolución de la queja',
    meaning: 'La fecha en que resolvimos la queja del cliente: el día en que quedó aplicada la corrección o la solución que eligió. Fecha completa, sin artículo.',
    example: '10 de marzo de 2027',
  },
  wrongAnswerDate: {
    label: 'Fecha de la respuesta errónea',
    meaning: 'La fecha de nuestro mensaje con la información equivocada. Fecha completa, sin artículo.',
    example: '8 de marzo de 2027',
  },
  wrongInformation: {
    label: 'Información errónea',
    meaning: 'Lo que le dijimos al cliente y no era cierto, como oración que sigue a «le dijimos que». Mejor en forma impersonal, para que valga con usted y con tú.',
    example: 'se podía pasar a la facturación anual en cualquier momento y mantener el 20 % de descuento',
  },
  correctInformation: {
    label: 'Información correcta',
    meaning: 'Lo que es cierto, en lugar de la información errónea, como oración en minúscula que sigue a «Lo correcto es esto:». Mejor en forma impersonal, para que valga con usted y con tú.',
    example: 'el 20 % de descuento solo se aplica si se pasa a la facturación anual antes de que termine el mes en curso, el 3 de abril de 2027',
  },
  correctionImpact: {
    label: 'Qué cambia con la corrección',
    meaning: 'Lo que significa la información correcta para este cliente, y lo que haremos por él porque nuestra primera respuesta era errónea, como oración que sigue a «En su caso, esto significa que». Mejor en forma impersonal, para que valga con usted y con tú.',
    example: 'el cambio con descuento es posible hasta el 3 de abril de 2027, y si esa fecha se pasa por culpa de nuestra respuesta, el descuento se aplicará igualmente',
  },
  goodwillExtra: {
    label: 'Detalle para el cliente',
    meaning: 'Lo que damos al cliente, sin que lo pida y sin cargo, por una mala experiencia, y cuándo o dónde lo verá, como sustantivo con su artículo que sigue a «he preparado algo para usted:».',
    example: 'un saldo a favor de 30,00 €, que se descontará del próximo cargo, el 3 de abril de 2027',
  },
  repeatedProblem: {
    label: 'Problema repetido',
    meaning: 'Lo que volvió a fallar después de que le dijéramos al cliente que estaba corregido, como oración en minúscula que sigue a «Ha vuelto a ocurrir el mismo problema:».',
    example: 'el informe semanal llegó vacío',
  },
  previousFixDate: {
    label: 'Fecha de la primera corrección',
    meaning: 'La fecha en que le dijimos al cliente por primera vez que el problema estaba corregido. Fecha completa, sin artículo.',
    example: '3 de marzo de 2027',
  },
  repeatCause: {
    label: 'Por qué se repitió',
    meaning: 'Por qué la primera corrección no resolvió todo el problema, tal como lo ha confirmado su equipo, como oración que sigue a «porque».',
    example: 'corregía los informes nuevos, pero no los que estaban configurados antes de la corrección',
  },
  repeatFix: {
    label: 'Qué hacemos distinto esta vez',
    meaning: 'Lo que hace su equipo de otra manera esta vez para que el problema no vuelva, como oración que sigue a «Esta vez,».',
    example: 'un ingeniero ha revisado a mano cada uno de los informes, y una alerta nos avisa en cuanto un informe sale vacío',
  },
  checkInDate: {
    label: 'Fecha de seguimiento',
    meaning: 'La fecha en que volverá a escribir al cliente para comprobar que el problema no ha vuelto. Fecha completa, sin artículo.',
    example: '24 de marzo de 2027',
  },

  // Batch 2: account-security
  passwordResetLink: {
    label: 'Enlace para restablecer la contraseña',
    meaning: 'El enlace a la página en la que el cliente escribe su dirección de correo para recibir un correo de restablecimiento de contraseña.',
    example: 'https://app.brightwave.com/forgot-password',
  },
  resetLinkValidity: {
    label: 'Validez del enlace de restablecimiento',
    meaning: 'Durante cuánto tiempo funciona el enlace de un correo de restablecimiento de contraseña, contado desde que se envía el correo, como duración que encaja tras «en un plazo de».',
    example: '1 hora',
  },
  senderEmail: {
    label: 'Dirección del remitente',
    meaning: 'La dirección de correo desde la que se envían los correos de restablecimiento de contraseña y los demás correos automáticos de la cuenta.',
    example: 'no-reply@brightwave.com',
  },
  securitySettingsLink: {
    label: 'Enlace a la configuración de seguridad',
    meaning: 'El enlace a la página de la cuenta del cliente en la que cambia la contraseña, activa o desactiva la verificación en dos pasos y ve los inicios de sesión recientes.',
    example: 'https://app.brightwave.com/settings/security',
  },
  signInDetails: {
    label: 'Datos del inicio de sesión',
    meaning: 'El inicio de sesión por el que preguntó el cliente, tal como aparece en sus registros (el dispositivo, la ubicación aproximada y la fecha con la hora y su zona horaria), como sustantivo con su artículo que sigue a dos puntos.',
    example: 'un equipo con Windows cerca de Lyon (Francia), el 9 de marzo de 2027 a las 3:12 (CET)',
  },
  protectionSteps: {
    label: 'Medidas de protección de la cuenta',
    meaning: 'Lo que ha hecho para proteger la cuenta del cliente desde que comunicó un inicio de sesión que no reconoce, como frase que empieza por un participio y sigue a «Para proteger su cuenta, he».',
    example: 'cerrado la sesión en todos los dispositivos',
  },
  previousAccountEmail: {
    label: 'Correo anterior de la cuenta',
    meaning: 'La dirección de correo con la que estaba registrada la cuenta del cliente antes del cambio, completa.',
    example: 'maria.lopez@example.org',
  },
  dataRequestDate: {
    label: 'Fecha de la solicitud de datos',
    meaning: 'La fecha en que nos llegó la solicitud del cliente sobre sus datos personales (una copia o su eliminación). Fecha completa, sin artículo.',
    example: '2 de marzo de 2027',
  },
  dataRequestDeadline: {
    label: 'Fecha límite de la solicitud de datos',
    meaning: 'La fecha a más tardar en la que habremos completado la solicitud del cliente sobre sus datos personales: nunca después del plazo que fija la ley, contado desde la fecha de la solicitud de datos. Fecha completa, sin artículo.',
    example: '1 de abril de 2027',
  },
  personalDataLink: {
    label: 'Enlace a los datos personales',
    meaning: 'El enlace seguro en el que el cliente descarga la copia de sus datos personales que preparó para su solicitud de acceso.',
    example: 'https://privacy.brightwave.com/requests/8F3K2Q',
  },
  personalDataLinkExpiry: {
    label: 'Fecha límite del enlace a los datos personales',
    meaning: 'El último día en que funciona el enlace a la copia de los datos personales del cliente. Fecha completa, sin artículo.',
    example: '30 de marzo de 2027',
  },
  personalDataIncluded: {
    label: 'Datos personales incluidos',
    meaning: 'Lo que contiene la copia de los datos personales del cliente, como enumeración de sustantivos con su artículo que sigue a «Incluye». Mejor sin «su», para que valga con usted y con tú.',
    example: 'los datos de la cuenta, el historial de facturación, las conversaciones con soporte y la lista de inicios de sesión de los últimos 12 meses',
  },
  privacyPolicyLink: {
    label: 'Enlace a la política de privacidad',
    meaning: 'El enlace a su política de privacidad publicada, que explica para qué usa los datos personales, con quién los comparte, cuánto tiempo los conserva y qué derechos tienen las personas sobre ellos.',
    example: 'https://brightwave.com/es/privacidad',
  },
  dataToDelete: {
    label: 'Datos que se eliminarán',
    meaning: 'Todo lo que abarca una solicitud de eliminación de datos (las cuentas y los datos personales que tenemos de la persona), como enumeración de sustantivos con su artículo que sigue a «La eliminación abarca». Mejor sin «su», para que valga con usted y con tú.',
    example: 'la cuenta de Brightwave con todo su contenido, las conversaciones con soporte y la dirección de correo de la lista del boletín',
  },
  recordsKept: {
    label: 'Datos que conservamos',
    meaning: 'Lo que seguimos conservando después de eliminar una cuenta o los datos personales de alguien, por qué y durante cuánto tiempo, como sustantivo con su artículo que sigue a «Solo conservamos». Mejor sin «su», para que valga con usted y con tú.',
    example: 'las facturas, que la normativa fiscal nos obliga a guardar durante 6 años, y la dirección de correo en nuestra lista de exclusión, para no volver a escribir a esa dirección',
  },
  recoveryCopyTime: {
    label: 'Plazo de eliminación de las copias de seguridad',
    meaning: 'Cuánto tiempo permanecen los datos eliminados en las copias de los sistemas que usa para recuperarse de un fallo técnico antes de borrarse automáticamente, contado desde el día en que se eliminan los datos, como duración que encaja tras «en un plazo de».',
    example: '35 días',
  },
  teamAccountName: {
    label: 'Nombre de la cuenta de equipo',
    meaning: 'El nombre de la cuenta compartida del equipo (un espacio de trabajo o una organización) cuya propiedad se ha transferido, tal como aparece en el producto, tal como encaja en «la cuenta…».',
    example: 'Diseño Norte',
  },
  previousOwnerName: {
    label: 'Nombre del propietario anterior',
    meaning: 'El nombre completo de la persona que era propietaria de la cuenta de equipo antes de la transferencia.',
    example: 'Alejandro Chen',
  },
  previousOwnerAccess: {
    label: 'Acceso del propietario anterior',
    meaning: 'Lo que todavía puede hacer en la cuenta de equipo la persona propietaria anterior después de la transferencia, como oración que sigue a «En cuanto a [Nombre del propietario anterior],».',
    example: 'ahora tiene el rol de administrador: puede seguir gestionando proyectos y miembros, pero no la facturación',
  },
} satisfies PlaceholderDictionary;
