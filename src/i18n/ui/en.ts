/**
 * English UI strings: the source of truth for the dictionary's shape. Every
 * other locale must provide exactly these keys (a missing or extra key is a
 * type error and fails `npm test`).
 *
 * Strings with {braces} are filled in by `format()`; `Plural` values are picked
 * with Intl.PluralRules, so give every category your language uses.
 */
import type { Plural } from './types.ts';

export default {
  'site.name': 'Mailkit',
  'site.tagline': 'Ready-to-send customer emails',
  'site.description':
    'Free support email templates for subscription cancellations and refund requests, in your language. Fill in the blanks, copy with formatting, and paste anywhere.',
  'skipLink': 'Skip to content',
  'header.searchSlot': 'Search',
  'header.languageLabel': 'Language',
  'home.title': 'Customer email templates',
  'home.lead':
    'Answer a cancellation or a refund request in seconds. Pick a template, fill in the blanks, and paste it into your mail tool with its formatting intact.',
  'home.categoriesHeading': 'Templates by topic',
  'home.guidesHeading': 'Guides',
  'home.allGuides': 'All guides',
  'home.templateCount': { one: '{count} template', other: '{count} templates' } satisfies Plural,
  'breadcrumbs.label': 'Breadcrumb',
  'breadcrumbs.home': 'Templates',
  'breadcrumbs.guides': 'Guides',
  'category.tipsHeading': 'Best practices',
  'category.subjectsHeading': 'Subject lines',
  'category.templatesHeading': 'Templates',
  'category.faqHeading': 'Frequently asked questions',
  'category.relatedHeading': 'Related',
  'category.backToAll': 'Back to all templates',
  'category.onThisPage': 'On this page',
  'template.useWhen': 'Use it when',
  'template.subject': 'Subject',
  'template.body': 'Email',
  'template.permalink': 'Link to this template',
  'guide.relatedHeading': 'Related templates',
  'guide.faqHeading': 'Frequently asked questions',
  'guides.title': 'Guides to customer support emails',
  'guides.description':
    'How to answer cancellations, refund requests and other hard customer emails, step by step, with the templates that go with each guide.',
  'guides.lead':
    'Longer reads for the moments a template alone will not settle: what to say, in what order, and which templates to send.',
  'fallback.notice': 'This page is not available in English yet, so it is shown in {language}.',
  'footer.languagesHeading': 'Choose your language',
  'footer.privacy': 'No cookies, no tracking, nothing loaded from other sites.',
  'region.europe': 'Europe',
  'region.asia': 'Asia',
  'region.middle-east': 'Middle East',
  'region.americas': 'Americas',
  'theme.subscriptions': 'Subscriptions and accounts',
  'theme.billing': 'Billing and payments',
  'notFound.title': 'Page not found',
  'notFound.text': 'The page you asked for does not exist or has moved. The templates are all one click away.',
  'notFound.home': 'Go to all templates',
  'chooser.cta': 'Email templates in English',
  // Copy and personalize (interactive; hidden until JavaScript upgrades the page)
  'copy.body': 'Copy email',
  'copy.subject': 'Copy subject',
  'copy.subjectLine': 'Copy subject line',
  'copy.permalink': 'Copy link',
  'copy.done': 'Copied',
  'copy.doneRemaining': {
    one: 'Copied. {count} placeholder is still empty.',
    other: 'Copied. {count} placeholders are still empty.',
  } satisfies Plural,
  'copy.linkDone': 'Link copied',
  'copy.failed': 'Copy failed. The text is selected: press {shortcut} to copy it.',
  'fill.heading': 'Fill in the blanks',
  'fill.intro': 'Type once and every template on this page updates. Your values stay in this browser only.',
  'fill.voiceChanged': 'Every template on this page now reads: {option}.',
  'fill.clear': 'Clear my values',
  'fill.cleared': 'Your values were cleared.',
  'fill.remaining': {
    one: '{count} placeholder left to fill in',
    other: '{count} placeholders left to fill in',
  } satisfies Plural,
  'fill.allDone': 'All placeholders are filled in.',
  'mail.open': 'Open in mail app',
  'mail.gmail': 'Compose in Gmail',
  'mail.outlook': 'Compose in Outlook',
  'mail.tooLong': 'This email is too long for a mail link, so the links above fill in the subject only. Copy the email and paste it into your message.',
  'mail.tooLongCount': {
    one: '{count} email is now too long for a mail link: its links fill in the subject only. Copy that email instead.',
    other: '{count} emails are now too long for a mail link: their links fill in the subject only. Copy those emails instead.',
  } satisfies Plural,
  'template.actions': 'Actions for “{title}”',
  // Search
  'search.open': 'Search',
  'search.label': 'Search templates',
  'search.placeholder': 'Search templates and guides',
  'search.close': 'Close search',
  'search.loading': 'Loading search…',
  'search.error': 'Search could not be loaded. Please try again.',
  'search.noResults': 'No results for “{query}”.',
  'search.dropped': { one: 'No match for {words}: searched without it.', other: 'No match for {words}: searched without them.' } satisfies Plural,
  'search.tryEnglish': 'Search in English for “{query}”',
  'search.results': { one: '{count} result', other: '{count} results' } satisfies Plural,
  'search.filterLabel': 'Category',
  'search.filterAll': 'All categories',
  'search.loadMore': 'Show more results',
  'search.pageTitle': 'Search',
  'search.pageDescription': 'Search every email template and guide in English.',
  'search.needsJs': 'Search needs JavaScript. Browse the templates by topic instead.',
  'search.shortcutHint': 'Press / to search',
} as const;
