import { readFileSync } from "node:fs";
import { inputError } from "../errors.js";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Reads a text file the way every input is read: UTF-8 only, no binaries, one clear error line
 * naming the file otherwise. The BOM, if any, is kept so the draft can restore it when fixing.
 */
export function readTextFile(path: string, what = "file"): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw inputError(path, describeReadError(error, what));
  }
  return decodeText(bytes, path);
}

export function decodeText(bytes: Uint8Array, path: string | undefined): string {
  if (looksBinary(bytes)) throw inputError(path, "is a binary file, not text (expected UTF-8 Markdown, text, JSON or YAML)");
  try {
    return utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw inputError(path, `is not valid UTF-8 (invalid byte 0x${bytes[offset]!.toString(16).padStart(2, "0")} at byte ${offset}); save it as UTF-8`, lineAtByte(bytes, offset));
  }
}

function describeReadError(error: unknown, what: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `${what} not found`;
  if (code === "EISDIR") return `is a directory, expected a ${what}`;
  if (code === "EACCES" || code === "EPERM") return `${what} is not readable (permission denied)`;
  return `cannot read ${what}: ${(error as Error).message}`;
}

/** NUL bytes in the first 8 KB mean a binary file, as git decides. */
function looksBinary(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 8192);
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) return true;
  return false;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
