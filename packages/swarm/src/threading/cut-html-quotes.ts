import render from 'dom-serializer';
import type { AnyNode, Element } from 'domhandler';
import { findAll, removeElement } from 'domutils';
import { parseDocument } from 'htmlparser2';

/** Quote containers removed by themselves (threading spec §4.2; talon `html_quotations.py`, quotequail). */
function isSelfContainedQuote(element: Element): boolean {
  const classes = (element.attribs.class ?? '').split(/\s+/);
  if (element.name === 'div' && (classes.includes('gmail_quote') || classes.includes('gmail_quote_container'))) {
    return !/Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado/i.test(
      render(element).slice(0, 400),
    );
  }
  if (element.name === 'blockquote' && (element.attribs.type ?? '').toLowerCase() === 'cite') return true;
  if (element.name === 'div' && (classes.includes('yahoo_quoted') || classes.includes('moz-cite-prefix'))) return true;
  return false;
}

const outlookBorderStyle =
  /border:\s*none;\s*border-top:\s*solid\s*#(?:E1E1E1|B5C4DF)\s*1(?:\.0)?pt;\s*padding:\s*3(?:\.0)?pt\s*0(?:in|cm)?\s*0(?:in|cm)?\s*0(?:in|cm)?/i;

/** Markers after which everything is quoted history (Outlook, Zimbra, Hotmail; talon PR #169). */
function isCutFromHereMarker(element: Element): boolean {
  const id = element.attribs.id ?? '';
  if (['appendonsend', 'divRplyFwdMsg', 'mail-editor-reference-message-container', 'stopSpelling'].includes(id)) {
    return true;
  }
  if (id.includes('OLK_SRC_BODY_SECTION')) return true;
  if (element.name === 'hr' && element.attribs['data-marker'] === '__DIVIDER__') return true;
  return element.name === 'div' && outlookBorderStyle.test(element.attribs.style ?? '');
}

/** Removes `node` and everything after it in document order, never its ancestors (talon #48). */
function cutFrom(node: AnyNode): void {
  let current: AnyNode | null = node;
  while (current && current.parent) {
    let sibling: AnyNode | null = current.next;
    while (sibling) {
      const following: AnyNode | null = sibling.next;
      removeElement(sibling);
      sibling = following;
    }
    current = current.parent;
  }
  removeElement(node);
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag';
}

/**
 * Cuts quoted history out of an HTML body before text conversion (threading spec §2.1, §4.2). Returns
 * the reduced HTML and whether anything was cut. Cuts go from a marker down, never upward, so a reply that
 * shares a wrapper with the quote survives. Without a known marker the last top-level `blockquote` goes.
 */
export function cutHtmlQuotes(html: string): { html: string; cut: boolean } {
  const document = parseDocument(html);
  let cut = false;
  const cutMarker = findAll((element) => isCutFromHereMarker(element), document.children)[0];
  if (cutMarker) {
    const previous = cutMarker.prev;
    cutFrom(cutMarker);
    // Outlook puts an <hr> right before div#divRplyFwdMsg.
    if (previous && isElement(previous) && previous.name === 'hr') removeElement(previous);
    cut = true;
  }
  for (const element of findAll((candidate) => isSelfContainedQuote(candidate), document.children)) {
    if (element.parent || document.children.includes(element)) {
      const classes = (element.attribs.class ?? '').split(/\s+/);
      // Thunderbird's attribution div is followed by the cited blockquote.
      if (classes.includes('moz-cite-prefix')) {
        let next = element.next;
        while (next && !isElement(next)) next = next.next;
        if (next && isElement(next) && next.name === 'blockquote') removeElement(next);
      }
      removeElement(element);
      cut = true;
    }
  }
  if (!cut) {
    const blockquotes = findAll((element) => element.name === 'blockquote', document.children).filter(
      (element) => !hasAncestorNamed(element, 'blockquote'),
    );
    const last = blockquotes.at(-1);
    if (last) {
      removeElement(last);
      cut = true;
    }
  }
  return { html: render(document, { decodeEntities: false }), cut };
}

function hasAncestorNamed(element: Element, name: string): boolean {
  let parent = element.parent;
  while (parent) {
    if (isElement(parent) && parent.name === name) return true;
    parent = parent.parent;
  }
  return false;
}
