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
} satisfies PlaceholderDictionary;
