import type { PlaceholderEntry } from './types.ts';

/**
 * English placeholders: the keys every locale must have. See ./types.ts.
 */
export default {
  name: { label: 'Name', meaning: 'The first name you greet the customer by.', example: 'Maria' },
  company: { label: 'Company', meaning: "Your company's name as customers know it.", example: 'Brightdesk' },
  product: { label: 'Product', meaning: 'The product or service the email is about.', example: 'Brightdesk Pro' },
  plan: { label: 'Plan', meaning: "The name of the customer's plan.", example: 'Team' },
  signature: { label: 'YOUR SIGNATURE', meaning: 'Your sign-off block: name, role and company.', example: 'Sam Lee, Customer Support, Brightdesk' },
  agentName: { label: 'Your name', meaning: 'Your own first name, as you sign in the text.', example: 'Sam' },
  endDate: { label: 'End date', meaning: 'The last day the customer still has access.', example: 'March 31, 2027' },
  cancellationDate: { label: 'Cancellation date', meaning: 'The day the cancellation was made.', example: 'March 3, 2027' },
  deletionDate: { label: 'Deletion date', meaning: "The day the account's data is deleted for good.", example: 'June 30, 2027' },
  inactivityPeriod: { label: 'Inactivity period', meaning: 'How long the account has gone without a sign-in.', example: '12 months' },
  amount: { label: 'Amount', meaning: 'The sum of money, with its currency.', example: '$49.00' },
  orderNumber: { label: 'Order number', meaning: 'The order or invoice reference the customer sees.', example: 'A-10482' },
  ticketNumber: { label: 'Ticket number', meaning: "Your help desk's reference for this conversation.", example: '48213' },
  transactionId: { label: 'Transaction ID', meaning: "The payment provider's reference for the refund.", example: 're_3PqK2x' },
  requestDate: { label: 'Request date', meaning: 'The day the customer asked for the refund.', example: 'March 3, 2027' },
  refundDate: { label: 'Refund date', meaning: 'The day you sent the refund.', example: 'March 5, 2027' },
  processingTime: { label: 'Processing time', meaning: 'How long something takes (to be split by meaning).', example: '5 business days' },
  paymentMethod: { label: 'Payment method', meaning: 'The card or account the money goes back to.', example: 'Visa ending in 4242' },
  reason: { label: 'Reason', meaning: 'The reason for the decision, in one sentence.', example: 'the order was placed more than 30 days ago' },
  issue: { label: 'Issue', meaning: "The customer's problem, in a few words.", example: 'the export to PDF failing' },
  surveyLink: { label: 'Survey link', meaning: 'Web address of your survey.', example: 'https://example.com/survey' },
  restartLink: { label: 'Restart link', meaning: 'Web address where the customer restarts the membership.', example: 'https://example.com/restart' },
  reactivationLink: { label: 'Reactivation link', meaning: 'Web address where the customer reactivates the account.', example: 'https://example.com/reactivate' },
  accountLink: { label: 'Account link', meaning: "Web address of the customer's account settings.", example: 'https://example.com/account' },
  policyLink: { label: 'Refund policy link', meaning: 'Web address of your refund policy.', example: 'https://example.com/refunds' },
  supportEmail: { label: 'Support email', meaning: 'The address customers write to for help.', example: 'help@example.com' },
} satisfies Record<string, PlaceholderEntry>;
