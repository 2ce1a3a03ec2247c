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

  // Batch 1: failed-payments
  // (invoiceNumber, invoiceAmount, paymentUpdateLink, and billingHistoryLink are used in
  // billing-changes too; each keeps the one meaning written here.)
  amountDue: {
    label: 'Amount due',
    meaning: 'The amount of the payment that didn\'t go through, or of the unpaid part of an invoice, with the currency: what the customer owes until it\'s paid.',
    example: '$29.00',
  },
  failedPaymentDate: {
    label: 'Failed payment date',
    meaning: 'The date of our first attempt to charge the amount due, the attempt that was declined.',
    example: 'March 3, 2027',
  },
  nextRetryDate: {
    label: 'Next retry date',
    meaning: 'The date of our next automatic attempt to charge the amount due to the payment method on file.',
    example: 'March 7, 2027',
  },
  suspensionDate: {
    label: 'Suspension date',
    meaning: 'The date we suspend the account for non-payment if the amount due is still unpaid by then, or the date we suspended it.',
    example: 'March 17, 2027',
  },
  suspendedAccess: {
    label: 'Access while suspended',
    meaning: 'What the customer can and can\'t do while their account is suspended for non-payment, as a clause that follows "While your account is suspended,".',
    example: 'you can still sign in and download your data, but you can\'t create or edit anything',
  },
  cardExpiryMonth: {
    label: 'Card expiry month',
    meaning: 'The month and year the customer\'s card on file expires, written as the month name and the year.',
    example: 'April 2027',
  },
  paymentUpdateLink: {
    label: 'Payment update link',
    meaning: 'The link to the page where the customer changes their payment method and pays any amount due, including confirming a payment their bank asks them to approve.',
    example: 'https://app.brightwave.com/settings/billing/payment',
  },
  invoiceNumber: {
    label: 'Invoice number',
    meaning: 'The number printed on the invoice in question; for a corrected invoice, the number of the original one it replaces.',
    example: 'BW-2027-0142',
  },
  invoiceAmount: {
    label: 'Invoice amount',
    meaning: 'The total of the invoice in question, including tax, with the currency.',
    example: '$1,190.00',
  },
  invoiceDueDate: {
    label: 'Invoice due date',
    meaning: 'The payment due date printed on the invoice in question.',
    example: 'March 3, 2027',
  },
  amountReceived: {
    label: 'Amount received',
    meaning: 'The amount of the payment in question that went through or reached our bank account, with the currency; for an invoice paid twice, the amount of each of the two payments.',
    example: '$1,175.00',
  },
  paymentReceivedDate: {
    label: 'Payment received date',
    meaning: 'The date the payment in question went through or reached our bank account; for an invoice paid twice, the date of the second payment.',
    example: 'March 9, 2027',
  },
  billingHistoryLink: {
    label: 'Billing history link',
    meaning: 'The link to the page in the customer\'s account that lists all their invoices and receipts to download.',
    example: 'https://app.brightwave.com/settings/billing/history',
  },

  // Batch 1: billing-changes
  priceChangeDate: {
    label: 'Price change date',
    meaning: 'The date of the customer\'s first charge at the new price: their first renewal on or after the day the new prices take effect.',
    example: 'May 3, 2027',
  },
  priceAfterIncrease: {
    label: 'Price after increase',
    meaning: 'What the customer\'s current plan costs for one billing period from the price change date, with the currency and the period.',
    example: '$35 a month',
  },
  priceChangeReason: {
    label: 'Reason for the price change',
    meaning: 'Why you are raising the price, in one or two concrete facts, as a clause that follows "we\'re making this change because".',
    example: 'we\'ve added live chat support and unlimited storage to every plan, and our hosting costs have risen',
  },
  priceGuarantee: {
    label: 'Price guarantee',
    meaning: 'How long the customer keeps their current price and what ends it, as a phrase that ends the sentence "you\'ll keep your current price of [Plan price] for your [Plan] plan".',
    example: 'until your renewal on March 31, 2028',
  },
  newPlan: {
    label: 'New plan',
    meaning: 'The name of the plan the customer is switching to or has switched to, without the word "plan" (the text adds it).',
    example: 'Business',
  },
  newPlanPrice: {
    label: 'New plan price',
    meaning: 'What the new plan costs for one billing period, with the currency and the period.',
    example: '$49 a month',
  },
  newPlanChanges: {
    label: 'Changes on the new plan',
    meaning: 'What changes for the customer on the cheaper plan they are switching to, including what happens to anything over its limits, as a clause that follows "On the [New plan] plan,".',
    example: 'you can have up to 3 team members, and projects over the limit of 10 become read-only until you archive some',
  },
  planChangeDate: {
    label: 'Plan change date',
    meaning: 'The date the customer switched from their previous plan to the new plan in the middle of a billing period.',
    example: 'March 18, 2027',
  },
  newPlanRemainingCost: {
    label: 'New plan for remaining time',
    meaning: 'What the new plan costs for the days from the plan change date to the end of the current billing period, with the currency.',
    example: '$24.50',
  },
  previousPlanCredit: {
    label: 'Credit for remaining time',
    meaning: 'What the customer had already paid for the previous plan for the days from the plan change date to the end of the current billing period, with the currency: the credit we take off the charge.',
    example: '$14.50',
  },
  statementName: {
    label: 'Statement name',
    meaning: 'The name your charges show under on customers\' bank or card statements, exactly as it appears there.',
    example: 'BRIGHTWAVE* SUBSCR',
  },
  chargePurpose: {
    label: 'What the charge is for',
    meaning: 'What the charge in question paid for, as a noun phrase that follows "it\'s for".',
    example: 'the yearly renewal of the Pro plan',
  },
  accountEmail: {
    label: 'Account email',
    meaning: 'The email address the customer\'s account is registered with.',
    example: 'maria@example.com',
  },
  accountEmailHint: {
    label: 'Masked account email',
    meaning: 'The email address the account is registered with, partly hidden (first letter and domain) so its owner recognizes it and nobody else learns it.',
    example: 'm•••@example.com',
  },
  correctedDetails: {
    label: 'Corrected details',
    meaning: 'What you corrected on the invoice, as a noun phrase that follows "a corrected invoice with".',
    example: 'your new company name and your VAT number added',
  },
  correctedInvoiceNumber: {
    label: 'Corrected invoice number',
    meaning: 'The number of the new invoice you issued to replace the invoice in question.',
    example: 'BW-2027-0187',
  },

  // Batch 1: trials-and-onboarding
  trialLength: {
    label: 'Trial length',
    meaning: 'How long the free trial lasts, counted from the day the customer signs up, as a duration.',
    example: '14 days',
  },
  trialEndDate: {
    label: 'Trial end date',
    meaning: 'The date the customer\'s free trial ends, after any extension; they have full access until the end of that day.',
    example: 'March 17, 2027',
  },
  trialEndOutcome: {
    label: 'What happens when the trial ends',
    meaning: 'What happens to the customer\'s account and billing when their free trial ends, as a clause that follows "When your trial ends,".',
    example: 'your account moves to the free plan unless you\'ve chosen a paid plan by then',
  },
  accountAfterTrial: {
    label: 'Account after the trial',
    meaning: 'What the customer\'s account is like once a free trial has ended without a paid plan, including until when you keep its data if you delete it, as a phrase that follows "your account is now" and "your account will be".',
    example: 'read-only: you can still sign in and export your data until April 16, 2027',
  },
  trialExtension: {
    label: 'Trial extension',
    meaning: 'How much time you added to the customer\'s free trial, as a duration.',
    example: '7 days',
  },
  firstStep: {
    label: 'First step',
    meaning: 'The one action that shows a new customer what the product does for them, as a phrase that follows "start by".',
    example: 'importing your contacts from a spreadsheet',
  },
  trialProgress: {
    label: 'Trial progress',
    meaning: 'What the customer has done in their trial so far, as a phrase that follows "you\'ve".',
    example: 'imported 120 contacts and sent your first campaign',
  },
  signUpDate: {
    label: 'Sign-up date',
    meaning: 'The date the customer created their account.',
    example: 'March 3, 2027',
  },
  callLength: {
    label: 'Call length',
    meaning: 'How long the setup call with your team usually takes, as a duration.',
    example: '30 minutes',
  },
  gettingStartedLink: {
    label: 'Getting-started guide link',
    meaning: 'The link to your guide or checklist that takes a new customer through setting up their account.',
    example: 'https://help.brightwave.com/getting-started',
  },
  choosePlanLink: {
    label: 'Choose plan link',
    meaning: 'The link where a customer whose trial is running or has ended compares the paid plans, chooses one, and adds payment details.',
    example: 'https://app.brightwave.com/plans',
  },
  bookingLink: {
    label: 'Booking link',
    meaning: 'The link where the customer picks a time for a call with your team.',
    example: 'https://brightwave.com/book/setup-call',
  },

  // Batch 1: service-incidents
  // Times include the time zone, and the date where the meaning says so.
  incidentStartTime: {
    label: 'Incident start time',
    meaning: 'When customers were first affected by this incident, as a time with its time zone and date, to fit after "since", "at", or "from".',
    example: '9:40 a.m. ET on March 12, 2027',
  },
  incidentEndTime: {
    label: 'Incident end time',
    meaning: 'When everything affected by this incident was working normally again, as a time with its time zone and date, to fit after "to".',
    example: '11:15 a.m. ET on March 12, 2027',
  },
  affectedFeatures: {
    label: 'Affected features',
    meaning: 'The parts of the product that fail or are slow because of this incident, as customers would name them, as a noun phrase that fits after "problems with", "the problem with", and "affected".',
    example: 'sign-in and file uploads',
  },
  nextUpdateTime: {
    label: 'Next update time',
    meaning: 'The time by which we post the next update on this incident, with the time zone, and the date when it isn\'t the day the email is sent, to fit after "by".',
    example: '11 a.m. ET',
  },
  incidentProgress: {
    label: 'Incident progress',
    meaning: 'What has changed since the last update on this incident, as your engineers confirmed it: what they found or did and what works again, as a clause that follows "What has changed since our last update:". No guessed cause and no end time they haven\'t committed to.',
    example: 'we\'ve found a faulty database update and are undoing it, and sign-in works again for most customers',
  },
  incidentCause: {
    label: 'Incident cause',
    meaning: 'What caused this incident, in plain words, as far as your engineers have confirmed it; if it is not confirmed yet, say so (for example, that it is still under investigation and the report will explain it). Written to follow a colon.',
    example: 'a configuration change to our database servers that stopped them from accepting new connections',
  },
  incidentFix: {
    label: 'How it was fixed',
    meaning: 'What your team did to end this incident, as a phrase that starts with a verb ending in -ing and follows "we fixed it by" and "How we fixed it:".',
    example: 'undoing the change and restarting the affected servers',
  },
  dataImpact: {
    label: 'Data impact',
    meaning: 'What this incident did to customers\' data, as your engineers confirmed it, as a clause that follows "As for your data," and "Your data:".',
    example: 'nothing was lost, and files uploaded during the incident finished saving once it ended',
  },
  postIncidentReportDate: {
    label: 'Post-incident report date',
    meaning: 'The date by which we share the full post-incident report on this incident with customers.',
    example: 'March 19, 2027',
  },
  preventionSteps: {
    label: 'Prevention steps',
    meaning: 'What your team has changed, or will change by a date they committed to, so that this incident doesn\'t happen again, as a clause that follows "What we\'re changing:".',
    example: 'we now test every database change on a copy of live traffic first, and an alert warns our engineers within 2 minutes if connections fail',
  },
  postIncidentReportLink: {
    label: 'Post-incident report link',
    meaning: 'The link to the full post-incident report on this incident, with its detailed timeline.',
    example: 'https://status.brightwave.com/incidents/2027-03-12',
  },
  statusPageLink: {
    label: 'Status page link',
    meaning: 'The link to your public status page, where you post incident and maintenance updates.',
    example: 'https://status.brightwave.com',
  },
  maintenanceStart: {
    label: 'Maintenance start',
    meaning: 'When the scheduled maintenance window begins, as a time with its time zone and date, to fit after "at".',
    example: '11 p.m. ET on Saturday, March 20, 2027',
  },
  maintenanceDuration: {
    label: 'Maintenance duration',
    meaning: 'The longest the maintenance window was announced to last, counted from the maintenance start, as a duration with its unit and without "up to".',
    example: '2 hours',
  },
  maintenancePurpose: {
    label: 'Maintenance purpose',
    meaning: 'What the maintenance does, in plain words, as a phrase that starts with a verb and follows "We\'re using this window to".',
    example: 'move your data to newer, faster servers',
  },
  maintenanceImpact: {
    label: 'Maintenance impact',
    meaning: 'What customers won\'t be able to do while the maintenance lasts, and what keeps working, as a clause in the future tense addressed to "you" that follows "During the maintenance," and "Until the maintenance is finished,".',
    example: 'you won\'t be able to sign in or sync files, but shared links will keep working',
  },
  revisedMaintenanceEnd: {
    label: 'Revised maintenance end',
    meaning: 'When we now expect maintenance that is running late to be finished, as a time with its time zone and date, to fit after "by".',
    example: '3 a.m. ET on Sunday, March 21, 2027',
  },
  maintenanceDelayReason: {
    label: 'Maintenance delay reason',
    meaning: 'Why the maintenance is taking longer than announced, as a clause that follows "The reason is that".',
    example: 'copying the data is taking longer than it did in our tests',
  },
  availabilityCommitment: {
    label: 'Availability commitment',
    meaning: 'The availability your service level agreement commits to for the customer\'s plan, as a percentage.',
    example: '99.9%',
  },
  measuredAvailability: {
    label: 'Measured availability',
    meaning: 'The availability you measured for the customer\'s account over the SLA period, as a percentage calculated the way the SLA defines it.',
    example: '99.62%',
  },
  slaPeriod: {
    label: 'SLA period',
    meaning: 'The period over which the SLA measures availability, and in which this incident happened, as it fits after "in" and "for".',
    example: 'March 2027',
  },
  serviceCreditAmount: {
    label: 'Service credit amount',
    meaning: 'The service credit the customer gets under the SLA for the SLA period, as an amount with the currency.',
    example: '$120.00',
  },
  slaLink: {
    label: 'SLA link',
    meaning: 'The link to your published service level agreement (SLA), including how service credits are calculated.',
    example: 'https://brightwave.com/legal/sla',
  },
  discoveryDate: {
    label: 'Discovery date',
    meaning: 'The date your team found out about the security incident.',
    example: 'March 9, 2027',
  },
  securityIncidentSummary: {
    label: 'Security incident summary',
    meaning: 'What happened in the security incident, factually and only as far as your investigation has confirmed it: who or what, and when, as a clause that follows "we found that". Agreed with your legal team.',
    example: 'someone outside our company had used a stolen employee password to view customer records in our support tool between March 2 and March 4, 2027',
  },
  dataInvolved: {
    label: 'Data involved',
    meaning: 'The customer data the security incident involved, as far as your investigation has confirmed it, as a noun phrase that follows "The incident involved".',
    example: 'your name, your email address, and the text of your support tickets',
  },
  dataNotInvolved: {
    label: 'Data not involved',
    meaning: 'The kinds of sensitive data your investigation so far shows the security incident did not involve, joined with "or", as a noun phrase that follows "it did not involve".',
    example: 'your password or your payment card details',
  },
  securityActionsTaken: {
    label: 'Security actions taken',
    meaning: 'What your team has done since finding the security incident, as a phrase that starts with a past participle and follows "Since then, we\'ve".',
    example: 'locked the account that was used, reset every employee password, and asked an outside security firm to review our systems',
  },
  recommendedSteps: {
    label: 'Recommended steps',
    meaning: 'What you advise the customer to do to protect themselves after the security incident, as a phrase that starts with a verb and follows "We recommend that you".',
    example: 'change your Brightwave password and turn on two-step sign-in',
  },

  // Batch 1: bugs-and-feature-requests
  bugReviewTime: {
    label: 'Bug review time',
    meaning: 'How long your engineers usually take to review a new bug report, counted from the day we receive it, as a duration.',
    example: '2 business days',
  },
  bugReplyByDate: {
    label: 'Bug report reply-by date',
    meaning: 'The date after which we close a bug report if the customer has not sent the details we asked for.',
    example: 'March 16, 2027',
  },
  workaround: {
    label: 'Workaround',
    meaning: 'How the customer can get their work done while the bug remains, as steps in a phrase that starts with a verb and follows "Until it\'s fixed, you can".',
    example: 'open the report, choose Print, and pick Save as PDF as the printer',
  },
  howToGetFix: {
    label: 'How to get the fix',
    meaning: 'What the customer needs to do to get the fix, as an instruction that starts with a verb and follows "To get the fix,".',
    example: 'update the app to version 4.2.1 from the App Store or Google Play',
  },
  requestedFeature: {
    label: 'Requested feature',
    meaning: 'The feature the customer asked for, as a noun phrase without "a" or "the" in front, to fit after "your request for", "asking about", and "You asked us for".',
    example: 'scheduled exports to Google Sheets',
  },
  featureDeclineReason: {
    label: 'Feature decline reason',
    meaning: 'Why your team has decided not to build the requested feature, as a clause that follows "The reason is that".',
    example: 'it would mean storing your Google password, and we don\'t store passwords for other services',
  },
  suggestedAlternative: {
    label: 'Suggested alternative',
    meaning: 'An existing feature, setting, or integration that gets the customer what they need in another way, as a noun phrase that follows "Here\'s what I\'d suggest instead:".',
    example: 'our Zapier integration, which can send each new report to Google Sheets',
  },
  howItWorks: {
    label: 'How it works',
    meaning: 'How the product behaves in the situation the customer reported as a bug, and why it was built that way, as a clause that follows "Here\'s how it works:".',
    example: 'archived projects are left out of search results, so that search stays fast in large workspaces',
  },
  featureAvailability: {
    label: 'Feature availability',
    meaning: 'Which customers can use the newly released feature and whether it costs extra, as a noun phrase that follows "Who can use it:".',
    example: 'customers on every plan, at no extra cost',
  },
  featureGuideLink: {
    label: 'Feature guide link',
    meaning: 'The link to the help article that explains how to set up and use the newly released feature.',
    example: 'https://help.brightwave.com/scheduled-exports',
  },
  betaLimitations: {
    label: 'Beta limitations',
    meaning: 'What isn\'t finished or may change in the beta version, as a clause that follows "Because it\'s a beta,".',
    example: 'exports to Excel aren\'t ready yet, and the layout may change before the full release',
  },
  betaSignUpLink: {
    label: 'Beta sign-up link',
    meaning: 'The link where the customer joins the beta.',
    example: 'https://app.brightwave.com/beta/scheduled-exports',
  },
  roadmapLink: {
    label: 'Public roadmap link',
    meaning: 'The link to your public roadmap, where customers can follow planned features.',
    example: 'https://brightwave.com/roadmap',
  },

  // Batch 2: ticket-lifecycle
  // (ticketNumber is the ticket this email is about; for a merge, the ticket we kept.)
  ticketTopic: {
    label: 'Ticket topic',
    meaning: 'What the ticket is about, in a few words the customer would recognize, as a noun phrase that follows "about".',
    example: 'the contacts missing after your import',
  },
  replyTime: {
    label: 'Reply time',
    meaning: 'How long our support team usually takes to reply to a customer\'s message (the first reply to a new ticket, or the reply to a customer\'s answer), counted from when it reaches us, as a duration that follows "within".',
    example: '1 business day',
  },
  supportHours: {
    label: 'Support hours',
    meaning: 'The days and hours our support team usually answers tickets, with the time zone, as a phrase that follows "Our team answers tickets" or a colon.',
    example: 'Monday to Friday, 9 a.m. to 6 p.m. ET',
  },
  helpCenterLink: {
    label: 'Help center link',
    meaning: 'The link to your help center, where customers find how-to articles and answers to common questions without writing to you.',
    example: 'https://help.brightwave.com',
  },
  infoNeeded: {
    label: 'Information needed',
    meaning: 'The details you need from the customer before you can go further with the ticket, as a noun phrase that follows "reply with" and "I still need".',
    example: 'the email address on your account and a screenshot of the error message',
  },
  nextStepWithInfo: {
    label: 'Next step with the details',
    meaning: 'What you will do once the customer sends the details you asked for, as a phrase that starts with a verb and follows "With those details, I can".',
    example: 'find your import and see why it stopped halfway',
  },
  ticketCloseDate: {
    label: 'Ticket closing date',
    meaning: 'The date we close this ticket if the customer hasn\'t replied by then.',
    example: 'March 19, 2027',
  },
  reopenPeriod: {
    label: 'Reopen period',
    meaning: 'How long a reply to a closed ticket still reopens it, counted from the day the ticket was closed, as a duration. After that, a reply starts a new ticket.',
    example: '30 days',
  },
  solutionSummary: {
    label: 'Solution summary',
    meaning: 'What you changed or found that solves the customer\'s problem, as your team has confirmed it, as a clause that follows "Here\'s what changed:".',
    example: 'the 14 missing contacts are back in your address book, and imports now run to the end',
  },
  receivingTeam: {
    label: 'Receiving team',
    meaning: 'The name of the team you are handing the ticket over to, without the word "team" (the text adds it).',
    example: 'billing',
  },
  handoverReason: {
    label: 'Handover reason',
    meaning: 'Why the receiving team is the right one for this ticket, as a clause that follows "because".',
    example: 'only they can change the details on an invoice that has already been issued',
  },
  teamReplyTime: {
    label: 'Receiving team reply time',
    meaning: 'How long the team you handed the ticket over to usually takes to reply, counted from the handover, as a duration that follows "within".',
    example: '2 business days',
  },
  satisfactionSurveyLink: {
    label: 'Satisfaction survey link',
    meaning: 'The link to the one-question survey where the customer rates the help they got on this ticket.',
    example: 'https://brightwave.com/survey/ticket-58213',
  },
  reducedHoursOccasion: {
    label: 'Reduced hours occasion',
    meaning: 'Why our support team works reduced hours, as a noun phrase that follows "for".',
    example: 'the year-end holidays',
  },
  reducedHoursStart: {
    label: 'Reduced hours start date',
    meaning: 'The first day our support team works reduced hours.',
    example: 'December 24, 2027',
  },
  reducedHoursEnd: {
    label: 'Reduced hours end date',
    meaning: 'The last day our support team works reduced hours; our usual support hours start again the day after.',
    example: 'January 2, 2028',
  },
  reducedHours: {
    label: 'Reduced support hours',
    meaning: 'When our support team answers tickets between the reduced hours start and end dates, with the time zone and any days with no support at all, as a phrase that follows "our team answers tickets".',
    example: 'Monday to Friday, 10 a.m. to 2 p.m. ET, except December 25 and January 1',
  },
  reducedHoursReplyTime: {
    label: 'Reply time during reduced hours',
    meaning: 'How long our support team usually takes to send the first reply to a new ticket between the reduced hours start and end dates, counted from when the ticket reaches us, as a duration that follows "within".',
    example: '2 business days',
  },
  mergedTicketNumber: {
    label: 'Merged ticket number',
    meaning: 'The number of the newer, duplicate ticket that you merged into the ticket you kept.',
    example: '58240',
  },

  // Batch 2: orders-and-shipping
  // Items are noun phrases without "a" or "the": the text writes "the [Item name]".
  itemName: {
    label: 'Item name',
    meaning: 'The item in question as the customer ordered it, with the size, color, or model where it matters, as a noun phrase without "a" or "the" (the text adds "the").',
    example: 'Trailrunner 2 running shoes in size 9',
  },
  itemReceived: {
    label: 'Item received',
    meaning: 'The item the customer received by mistake instead of the one they ordered, as a noun phrase without "a" or "the" (the text adds "the").',
    example: 'Trailrunner 2 running shoes in size 7',
  },
  exchangeItem: {
    label: 'Exchange item',
    meaning: 'The item the customer gets in an exchange, with the size, color, or model that differs from the one they are sending back, as a noun phrase without "a" or "the" (the text adds "the").',
    example: 'Trailrunner 2 running shoes in size 10',
  },
  carrier: {
    label: 'Carrier',
    meaning: 'The delivery company that carries the parcel in question (the order, a replacement, or a return), as its name is written in the middle of a sentence, with "the" if it takes one ("with UPS", "the Postal Service says").',
    example: 'UPS',
  },
  trackingLink: {
    label: 'Tracking link',
    meaning: 'The link to the carrier\'s tracking page for the parcel in question.',
    example: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
  },
  lastTrackingUpdate: {
    label: 'Last tracking update',
    meaning: 'The date of the last update in the carrier\'s tracking for the lost parcel, to fit after "since".',
    example: 'March 4, 2027',
  },
  expectedShipDate: {
    label: 'Expected ship date',
    meaning: 'The date we expect to hand the order, or the item in question, to the carrier, to fit after "on", "by", or "before".',
    example: 'March 9, 2027',
  },
  expectedDeliveryDate: {
    label: 'Expected delivery date',
    meaning: 'The latest date we now expect the parcel in question to reach the customer, to fit after "by".',
    example: 'March 12, 2027',
  },
  shippingDelayReason: {
    label: 'Shipping delay reason',
    meaning: 'Why the order will arrive later than we first said, in plain words, as a clause that follows "The reason is that".',
    example: 'a storm closed the carrier\'s main sorting center for 2 days, and parcels are moving again with a backlog',
  },
  replacementShipTime: {
    label: 'Replacement ship time',
    meaning: 'How long we take to hand a replacement item to the carrier, counted from the day the customer replies that they want one, as a duration.',
    example: '2 business days',
  },
  newDeliveryAddress: {
    label: 'New delivery address',
    meaning: 'The full address the customer asked us to deliver the order to instead, on one line, exactly as it will appear on the shipping label.',
    example: '25 Elm Street, Apt 4B, Springfield, IL 62704',
  },
  paymentOnBackorder: {
    label: 'Payment on backorder',
    meaning: 'Whether the customer has already paid for the item on backorder, and when they are charged if not, as a clause that follows "As for payment,".',
    example: 'we\'ll charge your card only when the item ships',
  },
  exchangeShipping: {
    label: 'When the exchange ships',
    meaning: 'When we send the new item in an exchange, as a phrase that ends the sentence "We send you the new item".',
    example: 'as soon as the carrier scans your return parcel',
  },
  returnLabelLink: {
    label: 'Return label link',
    meaning: 'The link where the customer prints the prepaid return label for this return or exchange.',
    example: 'https://shop.brightwave.com/returns/label/BW-20417',
  },
  returnByDate: {
    label: 'Return-by date',
    meaning: 'The last day the customer can hand the item they are sending back to the carrier, for this return or exchange.',
    example: 'March 26, 2027',
  },
  returnShippingCost: {
    label: 'Return shipping cost',
    meaning: 'Who pays for sending the item back, and how much, as a clause that follows "As for the return shipping,".',
    example: 'the label is free for you',
  },
  returnProcessingTime: {
    label: 'Return processing time',
    meaning: 'How long we take to check a returned item and send the refund, counted from the day the item reaches us, as a duration.',
    example: '5 business days',
  },
  returnPolicyLink: {
    label: 'Return policy link',
    meaning: 'The link to your published return policy, with the conditions for returns and exchanges.',
    example: 'https://shop.brightwave.com/returns',
  },
  checkoutProblemCause: {
    label: 'Checkout problem cause',
    meaning: 'What stopped the customer\'s order from going through at checkout, as far as you have found it, as a clause that follows "What stopped it:".',
    example: 'your bank asked you to confirm the payment, and the confirmation page closed before you could finish',
  },
  pendingReleaseTime: {
    label: 'Pending payment release time',
    meaning: 'How long banks usually take to remove a pending payment for an order that didn\'t go through, counted from the checkout attempt, as a duration.',
    example: '3–5 business days',
  },
  cartLink: {
    label: 'Cart link',
    meaning: 'The link to the customer\'s cart in your shop, where they can place the order again.',
    example: 'https://shop.brightwave.com/cart',
  },

  // Batch 2: feedback-and-reviews
  // (replyTime, from ticket-lifecycle, is also what the detractor follow-up and the negative-review reply promise.)
  surveyScore: {
    label: 'Survey score',
    meaning: 'The score the customer gave in your "how likely are you to recommend us" survey, with the scale, as it fits after "You gave us".',
    example: '9 out of 10',
  },
  reviewSite: {
    label: 'Review site',
    meaning: 'The review site or app store where you ask for a review or where the customer\'s review appeared, as its name is written in a sentence, with "the" if it takes one, to fit after "on".',
    example: 'G2',
  },
  reviewLink: {
    label: 'Review link',
    meaning: 'The link that opens the form for writing a review of your product on the review site.',
    example: 'https://www.g2.com/products/brightwave/take_survey',
  },
  reviewHighlight: {
    label: 'Review highlight',
    meaning: 'What the customer\'s review praised, in your own words, as a noun phrase that follows "What you said about".',
    example: 'how quickly the mobile app syncs your notes',
  },
  reviewProblem: {
    label: 'Review problem',
    meaning: 'What went wrong for the customer, as their review describes it and as you have confirmed it, as a clause that follows "You\'re right that". Nothing private: the reply is public.',
    example: 'your first invoice had the wrong company name on it, and it took us a week to correct it',
  },
  reviewAction: {
    label: 'Review action',
    meaning: 'What your team has done, or has started doing, about the problem in the negative review, as a clause that follows "Here\'s what we\'ve done about it:". Nothing private: the reply is public.',
    example: 'we\'ve added a check of the company name before the first invoice goes out, and invoice corrections now take 1 business day',
  },
  supportEmail: {
    label: 'Support email',
    meaning: 'The email address of your support team, where customers can write to you.',
    example: 'support@brightwave.com',
  },
  customerResult: {
    label: 'Customer result',
    meaning: 'The good result the customer told you they got with your product, as a clause that follows "You told us that".',
    example: 'your team now closes the month in 2 days instead of 5',
  },
  customerCompany: {
    label: 'Customer company',
    meaning: 'The name of the customer\'s company or organization, as it is written in a sentence.',
    example: 'Northwind Traders',
  },
  interviewLength: {
    label: 'Interview length',
    meaning: 'How long the case study interview call usually takes, as a duration that follows "about".',
    example: '30 minutes',
  },
  testimonialPlacement: {
    label: 'Testimonial placement',
    meaning: 'Where you would publish the customer\'s quote or case study, as a phrase that follows "We\'d publish it".',
    example: 'on the customer stories page of our website and in our monthly newsletter',
  },
  productSurveyLink: {
    label: 'Product survey link',
    meaning: 'The link to your survey about the product: what customers use, what gets in their way, and what to build next.',
    example: 'https://brightwave.com/survey/product-2027',
  },
  surveyLength: {
    label: 'Survey length',
    meaning: 'How long the product survey takes most customers to answer, as a duration that follows "about".',
    example: '5 minutes',
  },
  surveyCloseDate: {
    label: 'Survey close date',
    meaning: 'The last day the product survey takes answers.',
    example: 'April 30, 2027',
  },
  surveyResultsDate: {
    label: 'Survey results date',
    meaning: 'The date by which we email everyone who took part in the product survey a summary of the results and what we are changing because of them.',
    example: 'May 31, 2027',
  },
  betaName: {
    label: 'Beta name',
    meaning: 'The name of the feature or product version tested in the beta, as customers know it, to fit in "the [Beta name] beta".',
    example: 'scheduled exports',
  },
  betaChanges: {
    label: 'Beta changes',
    meaning: 'What you changed because of the beta testers\' feedback, as a clause that follows "Because of what you and the other testers told us,".',
    example: 'exports now keep your column order, and you can choose the time zone for each scheduled run',
  },
  afterBeta: {
    label: 'After the beta',
    meaning: 'What happens to the tested feature in the tester\'s account now that the beta has ended, including any cost, as a clause that follows "Now that the beta is over,".',
    example: 'scheduled exports are part of the Pro plan, and you can keep using them at no extra cost until June 30, 2027',
  },
  referralPageLink: {
    label: 'Referral page link',
    meaning: 'The link to the page in the customer\'s account where they copy their personal referral link and see who has signed up through it.',
    example: 'https://app.brightwave.com/referrals',
  },
  referralCondition: {
    label: 'Referral condition',
    meaning: 'What a person who signs up through the customer\'s referral link must also do before both rewards apply, as a phrase that starts with a verb and follows "They sign up through it and".',
    example: 'pay for their first month',
  },
  referralReward: {
    label: 'Referral reward',
    meaning: 'What the customer gets for each person who signs up through their referral link and meets the referral condition, as a noun phrase that follows "you get".',
    example: 'one month of your plan free',
  },
  newCustomerReward: {
    label: 'New customer reward',
    meaning: 'What a person who signs up through the customer\'s referral link and meets the referral condition gets, as a noun phrase that follows "they get".',
    example: '20% off their first 3 months',
  },
  referralTermsLink: {
    label: 'Referral terms link',
    meaning: 'The link to the full terms of your referral program: when the rewards apply, and their limits.',
    example: 'https://brightwave.com/legal/referral-terms',
  },

  // Batch 2: complaints-and-apologies
  // (apology-slow-reply also uses ticketTopic and replyTime from ticket-lifecycle, with the same meanings.)
  complaintSummary: {
    label: 'Complaint summary',
    meaning: 'What the customer complained about, in words they would recognize and without blame, as a noun phrase that follows "your complaint about", "writing to us about", and "to make up for".',
    example: 'the late delivery of order BW-20417 and the two messages that got no answer',
  },
  complaintReplyDate: {
    label: 'Complaint reply date',
    meaning: 'The date by which we next write to the customer about their complaint, with an answer or with an update on where it stands.',
    example: 'March 12, 2027',
  },
  managerName: {
    label: 'Manager name',
    meaning: 'The name of the manager who takes over the complaint, as the customer will see it when the manager writes to them.',
    example: 'Priya Shah',
  },
  managerRole: {
    label: 'Manager role',
    meaning: 'The job title of the manager who takes over the complaint, as a noun phrase without "a" or "the" that follows "our".',
    example: 'head of customer support',
  },
  escalationReason: {
    label: 'Reason for escalating',
    meaning: 'Why you are passing the complaint to a manager, as a clause that follows "I\'ve done this because".',
    example: 'the refund you\'ve asked for is larger than I can approve on my own',
  },
  ourMistake: {
    label: 'Our mistake',
    meaning: 'What we got wrong for the customer, in plain words and without excuses, as a clause that follows "You\'re right, and I\'m sorry:".',
    example: 'we sent your order to your old address, even though you had updated it in your account',
  },
  mistakeFix: {
    label: 'How we put it right',
    meaning: 'What you have done to put our mistake right for this customer, as a phrase that starts with a past participle and follows "To put it right, I\'ve".',
    example: 'sent a new parcel to your current address by express delivery, at no cost to you',
  },
  mistakePrevention: {
    label: 'What we\'ve changed',
    meaning: 'What we have changed, or will change by a date the team has committed to, so that the same mistake doesn\'t happen again, as a clause that follows "So that it doesn\'t happen again,".',
    example: 'we now check the delivery address against your account before every order ships',
  },
  replyDelay: {
    label: 'Reply delay',
    meaning: 'How long the customer waited for our answer, counted from the day their message reached us, as a duration.',
    example: '5 days',
  },
  questionAnswer: {
    label: 'Answer to the question',
    meaning: 'The answer to the question the customer waited for, complete enough that they need nothing else, as one or more clauses that follow "Here\'s the answer:".',
    example: 'you can move a project to another workspace from its settings page, under Move project, and everything in it moves with it',
  },
  customerRequest: {
    label: 'Customer request',
    meaning: 'What the customer asked for that we can\'t do, as a noun phrase that follows "asking about" and "Your request for".',
    example: 'a discount for your second workspace',
  },
  requestDeclineReason: {
    label: 'Reason we can\'t do it',
    meaning: 'Why we can\'t do what the customer asked for, as a clause that follows "The reason is that".',
    example: 'our prices are the same for every customer, so that no one pays more than someone else for the same plan',
  },
  requestAlternative: {
    label: 'What we can do instead',
    meaning: 'What you can offer the customer instead of what they asked for, as a noun phrase that follows "Here\'s what I can do instead:".',
    example: 'a free call with our team to set up both workspaces so that they share one plan',
  },
  complaintFindings: {
    label: 'What we found',
    meaning: 'What your investigation of the complaint found, in plain words and without blaming anyone, as a clause that follows "Here\'s what I found:".',
    example: 'the replacement we promised on March 3 was never sent, because the request didn\'t reach our warehouse',
  },
  firstResolutionOption: {
    label: 'First resolution option',
    meaning: 'The first of two ways you offer to put the complaint right, as a noun phrase that follows "I can offer you".',
    example: 'a replacement sent by express delivery at no cost',
  },
  secondResolutionOption: {
    label: 'Second resolution option',
    meaning: 'The second of two ways you offer to put the complaint right, as a noun phrase that follows "or".',
    example: 'a full refund of $49.00 to your Visa card',
  },
  resolutionSetupTime: {
    label: 'Resolution setup time',
    meaning: 'How long we take to put in place the resolution the customer chooses, counted from their reply, as a duration that follows "within".',
    example: '2 business days',
  },
  complaintResolvedDate: {
    label: 'Complaint resolution date',
    meaning: 'The date we resolved the customer\'s complaint: the day the fix or the resolution they chose was in place.',
    example: 'March 10, 2027',
  },
  wrongAnswerDate: {
    label: 'Date of the wrong answer',
    meaning: 'The date of our message that gave the customer the wrong information.',
    example: 'March 8, 2027',
  },
  wrongInformation: {
    label: 'Wrong information',
    meaning: 'What we told the customer that was wrong, as a clause that follows "we said that".',
    example: 'you could switch to yearly billing at any time and still get the 20% discount',
  },
  correctInformation: {
    label: 'Correct information',
    meaning: 'What is actually true, in place of the wrong information, as a clause that follows "Here\'s what\'s correct:".',
    example: 'the 20% discount applies only if you switch to yearly billing before your current month ends on April 3, 2027',
  },
  correctionImpact: {
    label: 'What the correction changes',
    meaning: 'What the correct information means for this customer, and anything we will do for them because our first answer was wrong, as a clause that follows "For you, this means that".',
    example: 'you have until April 3, 2027 to switch if you want the discount, and if you miss that date because of our answer, we\'ll still give it to you',
  },
  goodwillExtra: {
    label: 'Extra for the customer',
    meaning: 'What we give the customer, unasked and at no charge, to make up for a bad experience, and when or where they will see it, as a noun phrase that follows "I\'ve arranged something for you:".',
    example: 'an account credit of $30.00, which comes off your next charge on April 3, 2027',
  },
  repeatedProblem: {
    label: 'Repeated problem',
    meaning: 'What went wrong for the customer again after we had told them it was fixed, as a clause that follows "You\'ve had the same problem again:".',
    example: 'your weekly report arrived empty',
  },
  previousFixDate: {
    label: 'Previous fix date',
    meaning: 'The date we first told the customer that the problem was fixed.',
    example: 'March 3, 2027',
  },
  repeatCause: {
    label: 'Why it happened again',
    meaning: 'Why the first fix didn\'t solve the whole problem, as your team has confirmed it, as a clause that follows "The first fix didn\'t solve the whole problem because".',
    example: 'it repaired new reports but not the ones you had set up before the fix',
  },
  repeatFix: {
    label: 'What\'s different this time',
    meaning: 'What your team is doing differently this time so that the problem stays fixed, as a clause that follows "This time,".',
    example: 'an engineer has checked each of your reports by hand, and an alert now warns us as soon as any report comes out empty',
  },
  checkInDate: {
    label: 'Check-in date',
    meaning: 'The date you will next write to the customer to check that the problem hasn\'t come back.',
    example: 'March 24, 2027',
  },

  // Batch 2: account-security
  passwordResetLink: {
    label: 'Password reset link',
    meaning: 'The link to the page where customers enter their email address to get a password reset email.',
    example: 'https://app.brightwave.com/forgot-password',
  },
  resetLinkValidity: {
    label: 'Reset link validity',
    meaning: 'How long the link in a password reset email works, counted from the moment the email is sent, as a duration.',
    example: '1 hour',
  },
  senderEmail: {
    label: 'Sender email address',
    meaning: 'The email address your password reset emails and other automatic account emails are sent from.',
    example: 'no-reply@brightwave.com',
  },
  securitySettingsLink: {
    label: 'Security settings link',
    meaning: 'The link to the page in the customer\'s account where they change their password, turn two-factor authentication on or off, and see recent sign-ins.',
    example: 'https://app.brightwave.com/settings/security',
  },
  signInDetails: {
    label: 'Sign-in details',
    meaning: 'The sign-in the customer asked about, as your records show it: the device, the approximate location, and the time with its time zone and date, as a noun phrase that follows a colon.',
    example: 'a Windows computer near Lyon, France, on March 9, 2027, at 3:12 a.m. ET',
  },
  protectionSteps: {
    label: 'Account protection steps',
    meaning: 'What you have done to protect the customer\'s account since they reported a sign-in they don\'t recognize, as a phrase that starts with a past participle and follows "To protect your account, I\'ve".',
    example: 'signed it out on every device',
  },
  previousAccountEmail: {
    label: 'Previous account email',
    meaning: 'The email address the customer\'s account was registered with before the change, written in full.',
    example: 'maria.lopez@example.org',
  },
  dataRequestDate: {
    label: 'Data request date',
    meaning: 'The date the customer\'s request about their personal data (for a copy of it or for its deletion) reached us.',
    example: 'March 2, 2027',
  },
  dataRequestDeadline: {
    label: 'Data request deadline',
    meaning: 'The date by which we will have completed the customer\'s request about their personal data: no later than the deadline the law sets, counted from the data request date.',
    example: 'April 1, 2027',
  },
  personalDataLink: {
    label: 'Personal data link',
    meaning: 'The secure link where the customer downloads the copy of their personal data that you prepared for their data access request.',
    example: 'https://privacy.brightwave.com/requests/8F3K2Q',
  },
  personalDataLinkExpiry: {
    label: 'Personal data link expiry date',
    meaning: 'The last day the link to the copy of the customer\'s personal data works.',
    example: 'March 30, 2027',
  },
  personalDataIncluded: {
    label: 'Personal data included',
    meaning: 'What the copy of the customer\'s personal data contains, as a noun phrase that follows "It includes".',
    example: 'your account details, your billing history, your support conversations, and a list of your sign-ins from the last 12 months',
  },
  privacyPolicyLink: {
    label: 'Privacy policy link',
    meaning: 'The link to your published privacy policy, which says why you use personal data, who you share it with, how long you keep it, and what rights people have over it.',
    example: 'https://brightwave.com/privacy',
  },
  dataToDelete: {
    label: 'Data to be deleted',
    meaning: 'Everything a data deletion request covers: the accounts and the personal data you hold about the person, as a noun phrase that follows "The deletion covers".',
    example: 'your Brightwave account and everything in it, your support conversations, and your email address on our newsletter list',
  },
  recordsKept: {
    label: 'Records kept after deletion',
    meaning: 'What we still keep after deleting an account or someone\'s personal data, why, and for how long, as a noun phrase that follows "We keep only".',
    example: 'your invoices, which tax law requires us to keep for 7 years, and your email address on our do-not-contact list, so that we never email you again',
  },
  recoveryCopyTime: {
    label: 'Recovery copy deletion time',
    meaning: 'How long copies of deleted data stay in the systems you use to recover from a technical failure before they\'re deleted automatically, counted from the day the data is deleted, as a duration.',
    example: '35 days',
  },
  teamAccountName: {
    label: 'Team account name',
    meaning: 'The name of the shared team account (a workspace or organization) whose ownership was transferred, as it appears in the product, to fit in "the [Team account name] account".',
    example: 'Northwind Design',
  },
  previousOwnerName: {
    label: 'Previous owner name',
    meaning: 'The full name of the person who owned the team account before the transfer.',
    example: 'Alex Chen',
  },
  previousOwnerAccess: {
    label: 'Previous owner access',
    meaning: 'What the previous owner can still do in the team account after the transfer, as a clause that follows "As for [Previous owner name],".',
    example: 'they\'re now an admin, so they can still manage projects and members, but not billing',
  },
} satisfies Record<string, PlaceholderEntry>;
