/**
 * English texts of the composer checker's findings, for `formatMessage(ref, catalogue)`. Kept apart
 * from lib/messages/en.ts until merged there. Each is one line: a reason says what was noticed, a
 * suggestion what to do; none says the text cannot be sent, because nothing here blocks sending.
 */
export const COMPOSER_EN: Record<string, string> = {
  'composer.not-personal.reason': 'Nothing here is about them yet: no name, company or detail from their profile.',
  'composer.not-personal.suggestion':
    'Add one detail that shows you read their profile: their name, their company or something they work on.',

  'composer.no-reason-up-front.reason': 'The first sentence does not say why you are writing.',
  'composer.no-reason-up-front.suggestion': 'Open with your reason, e.g. “I’m reaching out because…”, then the rest.',

  'composer.promotional.reason': '“{phrase}” sounds like a sales pitch.',
  'composer.promotional.suggestion':
    'Leave the pitch out of a first contact: say why them, and offer details if they are interested.',

  'composer.link-in-first-message.reason':
    'A link in a first message or note may be filtered as spam: LinkedIn moves flagged first messages from new contacts into the spam folder.',
  'composer.link-in-first-message.suggestion': 'Leave the link out for now and offer to send it once they reply.',

  'composer.phone-in-first-message.reason':
    'A phone number in a first message invites moving the talk off LinkedIn, which LinkedIn’s spam rules name as a violation: it may be filtered as spam.',
  'composer.phone-in-first-message.suggestion': 'Let them choose how to talk: suggest a call once they reply.',

  'composer.too-long.reason': '{length} characters: over the limit of {limit} for this box.',
  'composer.too-long.suggestion': 'Cut it to {limit} characters: keep the reason and one personal detail.',
  'composer.too-long.reason-near': '{length} of {limit} characters: close to the limit.',
  'composer.too-long.suggestion-near': 'Fine as it is; anything you add counts against the {limit}.',
  'composer.too-long.reason-unpublished':
    '{length} characters: over {limit}, a length LinkedIn does not publish; a shorter message is safer.',
  'composer.too-long.reason-near-unpublished':
    '{length} of about {limit} characters, a length LinkedIn does not publish.',

  'composer.near-duplicate.reason': 'This reads like {count} messages you sent this week.',
  'composer.near-duplicate.reason-one': 'This reads like a message you sent this week.',
  'composer.near-duplicate.suggestion':
    'Rewrite it for this person: the same text sent to many people looks like a mass mailing.',

  'composer.notes-running-out.reason': 'Personalized notes left this month on a free account: {left}.',
  'composer.notes-running-out.suggestion':
    'Keep notes for people who need the context; an invitation without a note still goes through.',

  'composer.invites-running-out.reason': 'Invitations left this week, by LockLens’s count: {left}.',
  'composer.invites-running-out.suggestion':
    'Spend them on people you have a real reason to meet; the count frees up as older invitations age out.',
};
