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
} satisfies PlaceholderDictionary;
