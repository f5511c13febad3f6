// When a pupil's name is also an everyday word, the words around it tell which it is. These are facts about
// English usage ("in May", "Summer term", "the Rose garden"), not about any one name.

/** Words before an everyday word that make it the word: "in May", "the Summer", "last Will". */
export const WORD_BEFORE = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'last', 'next', 'every', 'each', 'some', 'any', 'no',
  'in', 'on', 'during', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'end', 'i', 'we', 'you',
  'they', 'it', 'he', 'she', 'who', 'which', 'free', 'good', 'great', 'big', 'such', 'much', 'more', 'most', 'so',
  'without', 'red', 'white', 'pink', 'tudor', 'english', 'wild', 'your', 'their', 'its',
]);

export const MONTHS = new Set(['may', 'june', 'april', 'august']);
/** Before a month: "3rd of May", "from April", "until June". */
export const MONTH_BEFORE = new Set(['of', 'from', 'before', 'after', 'through', 'throughout', 'st', 'nd', 'rd', 'th']);

/** Weak signs of the word ("Hope is…", "Summer was…"): enough unless the sentence is about pupils. */
export const WORD_AFTER_WEAK = new Set(['is', 'was', 'and', 'or', 'for', 'in', 'at', 'to', 'of', 'has', 'had', 'are']);

/** Words after an everyday word that make it a compound or a verb: "Summer term", "May half term", "Will you". */
export const WORD_AFTER = new Set([
  'term', 'terms', 'holiday', 'holidays', 'half', 'fair', 'fete', 'camp', 'concert', 'show', 'school', 'reading',
  'break', 'period', 'garden', 'gardens', 'bush', 'bushes', 'day', 'days', 'bank', 'festival', 'ball', 'party',
  'club', 'challenge', 'trip', 'sports', 'fayre', 'sale', 'week', 'weeks', 'month', 'months', 'time', 'sun',
  'you', 'we', 'they', 'i', 'he', 'she', 'it', 'there', 'be', 'have', 'not', 'everyone', 'all', 'your', 'our',
  'the', 'that', 'this', 'these', 'those', 'anyone', 'somebody', 'someone', 'everybody', 'us', 'my', 'his', 'her',
  'street', 'road', 'lane', 'avenue', 'close', 'hill', 'valley', 'house', 'hall', 'park', 'church', 'chapel',
  'primary', 'academy', 'college', 'cottage', 'farm', 'theatre', 'centre', 'court', 'green', 'way',
]);
