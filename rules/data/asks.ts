/**
 * Scheduling-link hosts: a link to one is a concrete next step by itself ("pick a slot"), the
 * lowest-effort ask there is, so a message that carries one has a call to action.
 */
export const CALENDAR_HOSTS: ReadonlySet<string> = new Set([
  "calendly.com", "cal.com", "savvycal.com", "meetings.hubspot.com", "chilipiper.com", "app.chilipiper.com", "zcal.co",
  "tidycal.com", "calendar.app.google", "calendar.google.com", "youcanbook.me", "doodle.com", "acuityscheduling.com",
  "app.reclaim.ai", "vyte.in", "koalendar.com", "harmonizely.com", "book.morgen.so",
]);
