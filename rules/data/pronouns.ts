/**
 * Words that point at the sender or at the reader, lower-cased with straight apostrophes (as
 * `Word.lower`). "Us" is the sender's team; the rule skips "US" written in capitals (the country).
 */
export const SENDER_WORDS: ReadonlySet<string> = new Set([
  "i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll",
  "we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll",
]);

export const RECIPIENT_WORDS: ReadonlySet<string> = new Set([
  "you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'd", "you'll",
]);

/** First words that open a message on the sender ("I'm...", "We are...", "Our team..."). */
export const OPENING_SENDER_WORDS: ReadonlySet<string> = new Set([
  "i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "we'll", "our", "my", "me", "us",
]);
