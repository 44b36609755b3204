import type { ReadDocument } from '../types.js';
import { htmlToLines } from './html-to-lines.js';

/** An HTML page (a report saved from a browser or from Motiemonitor itself), not a text with tags. */
export const looksLikeHtml = (text: string): boolean => /^\s*(?:<!doctype html|<html[\s>])/i.test(text);

/**
 * The text of an HTML page as lines: scripts, styles and the head left out; a term and its description
 * ("Onderwerp:" and "Inburgering") on one line as a labelled paragraph reads in a Word document.
 */
export function readHtml(text: string): ReadDocument {
  const body = text
    .replace(/<!doctype[^>]*>/gi, '')
    .replace(/<head\b[\s\S]*?<\/head>/gi, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/dt>\s*<dd>(?=[^<])/gi, ' ')
    .replace(/<\/dt>\s*<dd>\s*<strong>/gi, ' ')
    .replace(/<(\/?)(dt|dd|header|section|article|nav|main|div)\b[^>]*>/gi, '<$1p>');
  const lines = htmlToLines(body).map((line, index) => ({ text: line, page: 1, line: index + 1 }));
  return { format: 'text', pages: 1, lines };
}
