/**
 * Link shorteners hide where a link goes, which phishing relies on; SpamAssassin scores them
 * (rules/25_url_shortener.cf). lnkd.in is left out: LinkedIn itself rewrites links to it.
 */
export const LINK_SHORTENERS: readonly string[] = [
  "bit.ly", "bitly.com", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at",
  "tiny.cc", "rb.gy", "bl.ink", "t.ly", "s.id", "v.gd", "soo.gd", "short.io", "shorte.st", "adf.ly", "trib.al", "dlvr.it",
  "x.co", "qr.ae", "po.st", "snip.ly", "clck.ru", "tiny.one", "urlz.fr", "bit.do", "mcaf.ee", "su.pr", "lc.chat",
];
