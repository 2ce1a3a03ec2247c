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
} satisfies Record<string, PlaceholderEntry>;
