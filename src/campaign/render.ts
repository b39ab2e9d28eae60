import type { MergeField } from "../draft/merge-fields.js";
import { fieldValue } from "../profile/fields.js";
import type { RecipientProfile } from "../types.js";

/** A stretch of the rendered text and where it came from in the template. */
export interface RenderedPiece {
  rendered: { start: number; end: number };
  template: { start: number; end: number };
  /** A merge field's value (positions inside it map to the whole field) rather than static text. */
  field: boolean;
}

export type Rendering =
  | { ok: true; text: string; pieces: RenderedPiece[] }
  | { ok: false; missing: MergeField[] };

/**
 * Fills every merge field of a template from one recipient's profile. A field the recipient has
 * no value for is not blanked (that would send "at ," to a stranger): the rendering fails and
 * names every such field.
 */
export function renderTemplate(source: string, fields: readonly MergeField[], profile: RecipientProfile): Rendering {
  const missing: MergeField[] = [];
  const values: string[] = [];
  for (const field of fields) {
    const value = fieldValue(profile, field.name);
    if (value === null) missing.push(field);
    values.push(value ?? "");
  }
  if (missing.length > 0) return { ok: false, missing };

  const pieces: RenderedPiece[] = [];
  let text = "";
  let cursor = 0;
  const push = (piece: string, templateStart: number, templateEnd: number, field: boolean) => {
    if (piece === "" && !field) return;
    pieces.push({ rendered: { start: text.length, end: text.length + piece.length }, template: { start: templateStart, end: templateEnd }, field });
    text += piece;
  };
  fields.forEach((field, index) => {
    push(source.slice(cursor, field.span.start), cursor, field.span.start, false);
    // A value in the one-line subject stays on that line.
    const value = field.inSubject ? values[index]!.replace(/\s+/g, " ") : values[index]!;
    push(value, field.span.start, field.span.end, true);
    cursor = field.span.end;
  });
  push(source.slice(cursor), cursor, source.length, false);
  return { ok: true, text, pieces };
}
