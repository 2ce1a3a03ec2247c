/**
 * English placeholder dictionary: one entry per key, the same keys in every
 * locale. `label` is the text between the brackets in a template and the
 * fill-in field's label; `meaning` is the one thing the key stands for, so the
 * same value is right in every template that uses it; `example` is the hint
 * shown in the empty field. English's keys are the keys every locale must
 * have (./types.ts). See docs/style/en.md, "Words around placeholders".
 */
import type { PlaceholderEntry } from './types.ts';

export default {
  // People
  customerName: {
    label: 'Customer name',
    meaning: 'The first name you greet the customer by.',
    example: 'Maria',
  },
  agentName: {
    label: 'Your name',
    meaning: 'Your first name, where you introduce yourself in the body of the email.',
    example: 'Daniel',
  },
  signature: {
    label: 'Your signature',
    meaning: 'The lines under the sign-off: your name and, if you like, your role and company.',
    example: 'Daniel Okafor, Customer Support, Brightwave',
  },

  // Product and plan
  product: {
    label: 'Product',
    meaning: 'The name of the product or service the customer subscribes to, without "the" or "your".',
    example: 'Brightwave',
  },
  plan: {
    label: 'Plan',
    meaning: 'The name of the customer\'s current plan, without the word "plan" (the text adds it).',
    example: 'Pro',
  },
  planPrice: {
    label: 'Plan price',
    meaning: 'What the customer\'s current plan costs for one billing period, with the currency and the period.',
    example: '$29 a month',
  },
  lowerPlan: {
    label: 'Lower plan',
    meaning: 'The name of the cheaper plan you suggest instead of canceling, without the word "plan".',
    example: 'Starter',
  },
  lowerPlanPrice: {
    label: 'Lower plan price',
    meaning: 'What the cheaper plan you suggest costs for one billing period, with the currency and the period.',
    example: '$9 a month',
  },

  // Cancellation and account dates
  accessEndDate: {
    label: 'Access end date',
    meaning: 'The last day the customer can use their paid plan after canceling: the end of the billing period they have already paid for.',
    example: 'March 31, 2027',
  },
  deletionDate: {
    label: 'Deletion date',
    meaning: 'The date we permanently delete the account and all its data if nothing changes before then.',
    example: 'June 30, 2027',
  },
  pauseEndDate: {
    label: 'Pause end date',
    meaning: 'The date a paused subscription would start again, with access and billing resuming that day.',
    example: 'September 1, 2027',
  },
  nextBillingDate: {
    label: 'Next billing date',
    meaning: 'The date of the customer\'s next regular charge for their plan.',
    example: 'April 3, 2027',
  },
  inactivityPeriod: {
    label: 'Inactivity period',
    meaning: 'How long no one has signed in to the account, counted back from the day you send the email, as a duration.',
    example: '12 months',
  },
  exportExpiryDate: {
    label: 'Export link expiry date',
    meaning: 'The last day the link to the customer\'s data export works.',
    example: 'April 14, 2027',
  },
  timeAsCustomer: {
    label: 'Time as a customer',
    meaning: 'How long the customer has subscribed, as a duration that fits after "your" or "the", e.g. "your 3 years".',
    example: '3 years',
  },

  // Reasons, problems, and offers (phrases: the template adds capitals and periods)
  leavingReason: {
    label: 'Reason for leaving',
    meaning: 'The reason the customer gave for canceling, as a phrase that follows "you mentioned".',
    example: 'that you needed to work offline',
  },
  whatHasChanged: {
    label: 'What has changed',
    meaning: 'What has changed since the customer left that answers their reason for leaving, as a clause.',
    example: 'offline mode is now part of every plan',
  },
  comebackOffer: {
    label: 'Comeback offer',
    meaning: 'What a former customer gets if they restart, as a clause, or a plain statement that their plan restarts at the usual price.',
    example: 'your first month back is half price',
  },
  reportedProblem: {
    label: 'Reported problem',
    meaning: 'The technical problem the customer reported, as a phrase that follows "you mentioned".',
    example: 'that reports would not export to PDF',
  },
  fixStatus: {
    label: 'Fix status',
    meaning: 'Where the fix for the reported problem stands today, as your engineers confirmed it, as a clause. Promise no date they have not given.',
    example: 'we have found the cause, and the fix is planned for our next release',
  },
  chargeCause: {
    label: 'What went wrong',
    meaning: 'What you found caused the charge after the customer canceled, as a clause.',
    example: 'the cancellation was started but never confirmed, so the renewal went ahead',
  },
  declineReason: {
    label: 'Decline reason',
    meaning: 'Why this refund request falls outside the refund policy, as a clause that follows "the reason is that".',
    example: 'the purchase was made 45 days ago, and our policy covers the first 30 days',
  },
  alternativeOffer: {
    label: 'Alternative offer',
    meaning: 'What you can do for the customer instead of a refund, as a noun phrase.',
    example: 'a one-month extension of your plan at no charge',
  },
  exceptionReason: {
    label: 'Reason for the exception',
    meaning: 'Why you are refunding once outside the refund policy, as a clause that follows "because".',
    example: 'this is your first request in 6 years with us',
  },
  subscriptionAfterRefund: {
    label: 'Subscription after refund',
    meaning: 'What happens to the customer\'s subscription after this refund, as a clause that starts with "it".',
    example: 'it\'s canceled, and you won\'t be charged again',
  },

  // Money and references
  chargeAmount: {
    label: 'Charge amount',
    meaning: 'The amount of the charge in question, exactly as it appears on the customer\'s statement, with the currency.',
    example: '$348.00',
  },
  chargeDate: {
    label: 'Charge date',
    meaning: 'The date of the charge in question, as it appears on the customer\'s statement.',
    example: 'March 3, 2027',
  },
  refundAmount: {
    label: 'Refund amount',
    meaning: 'The amount we refund to the customer, with the currency.',
    example: '$49.00',
  },
  refundDate: {
    label: 'Refund date',
    meaning: 'The date we sent the refund from our side (not the date the bank shows it).',
    example: 'March 5, 2027',
  },
  timeUsed: {
    label: 'Time used',
    meaning: 'How much of the paid billing period the customer used before canceling, as a duration.',
    example: '4 of 12 months',
  },
  usedAmount: {
    label: 'Amount for time used',
    meaning: 'What the used part of the billing period costs, with the currency: the part of the charge we keep.',
    example: '$116.00',
  },
  paymentMethod: {
    label: 'Payment method',
    meaning: 'The payment method on file for this charge or refund, as the customer would recognize it, without "your".',
    example: 'Visa card ending in 4242',
  },
  refundReference: {
    label: 'Refund reference',
    meaning: 'The reference the customer\'s bank can trace the refund with: the ARN for a card refund, or the transfer reference for a bank transfer.',
    example: '74987504309258603918274',
  },
  orderNumber: {
    label: 'Order number',
    meaning: 'The order or invoice number of the purchase in question, as shown on the customer\'s receipt.',
    example: 'BW-20417',
  },
  ticketNumber: {
    label: 'Ticket number',
    meaning: 'The reference of this conversation in your support tool.',
    example: '58213',
  },
  appStore: {
    label: 'App store',
    meaning: 'The app store or marketplace the customer bought through, as its name is written in a sentence.',
    example: 'the App Store',
  },

  // Refund timing (each counted from a stated day)
  requestDate: {
    label: 'Request date',
    meaning: 'The date the customer\'s refund request reached us.',
    example: 'March 2, 2027',
  },
  decisionTime: {
    label: 'Decision time',
    meaning: 'How long we take to decide on a refund request, counted from the day we receive it.',
    example: '3 business days',
  },
  decisionDate: {
    label: 'Decision date',
    meaning: 'The date by which this customer will have our decision on their refund request.',
    example: 'March 5, 2027',
  },
  bankPostingTime: {
    label: 'Bank posting time',
    meaning: 'How long the customer\'s bank or card provider usually takes to show a refund, counted from the day we send it.',
    example: '5–10 business days',
  },
  replyByDate: {
    label: 'Reply-by date',
    meaning: 'The date after which we close a refund request if the customer has not sent the details we asked for.',
    example: 'March 16, 2027',
  },

  // Links
  billingSettingsLink: {
    label: 'Billing settings link',
    meaning: 'The link to the page where customers cancel, pause, or change their subscription themselves.',
    example: 'https://app.brightwave.com/settings/billing',
  },
  restartLink: {
    label: 'Restart link',
    meaning: 'The link that lets a customer restart their canceled or ended subscription, updating their payment details on the way if needed.',
    example: 'https://app.brightwave.com/restart',
  },
  pauseLink: {
    label: 'Pause link',
    meaning: 'The link that pauses the customer\'s subscription.',
    example: 'https://app.brightwave.com/settings/billing/pause',
  },
  planChangeLink: {
    label: 'Plan change link',
    meaning: 'The link where the customer switches to another plan.',
    example: 'https://app.brightwave.com/settings/billing/plans',
  },
  exportLink: {
    label: 'Export link',
    meaning: 'The link where the customer downloads a copy of all their data.',
    example: 'https://app.brightwave.com/export',
  },
  signInLink: {
    label: 'Sign-in link',
    meaning: 'The link to the sign-in page of the customer\'s account.',
    example: 'https://app.brightwave.com/sign-in',
  },
  surveyLink: {
    label: 'Survey link',
    meaning: 'The link to your short exit survey.',
    example: 'https://brightwave.com/survey/exit',
  },
  policyLink: {
    label: 'Refund policy link',
    meaning: 'The link to your published refund policy.',
    example: 'https://brightwave.com/refund-policy',
  },
  storeRefundLink: {
    label: 'Store refund link',
    meaning: 'The link to the page of the app store or marketplace where customers request a refund.',
    example: 'https://reportaproblem.apple.com',
  },
} satisfies Record<string, PlaceholderEntry>;
