import { describe, expect, it } from 'vitest';
import { documentFromBytes, documentFromHtml } from '../../../utils/article/load';

describe('documentFromHtml', () => {
  it('supplies <html> when a page starts with <head>', () => {
    const doc = documentFromHtml('<head><title>T</title></head><body><p>x</p></body>');
    expect(doc.title).toBe('T');
    expect(doc.body.innerHTML).toBe('<p>x</p>');
  });
  it('moves stray content into <body> in order', () => {
    const doc = documentFromHtml(
      '<!doctype html><html><head><title>T</title></head><div>a</div><body><p>x</p></body><div>z</div></html>',
    );
    expect(doc.body.innerHTML).toBe('<div>a</div><p>x</p><div>z</div>');
  });
  it('puts leading <title>/<meta> of a fragment in <head>', () => {
    const doc = documentFromHtml('<title>T</title><meta charset="utf-8"><p>x</p>');
    expect(doc.head.querySelectorAll('title, meta')).toHaveLength(2);
    expect(doc.body.textContent).toBe('x');
  });
  it('does not mistake <html> inside a script for the document element', () => {
    const doc = documentFromHtml(
      '<head><script>var s = "<html>";</script><title>T</title></head><body><p>x</p></body>',
    );
    expect(doc.documentElement.tagName).toBe('HTML');
    expect(doc.body.textContent).toBe('x');
  });
  it('rejects text without markup', () => expect(() => documentFromHtml('just text')).toThrow(/not HTML/));
});

describe('documentFromBytes', () => {
  it('rejects an empty file', () => expect(() => documentFromBytes(new Uint8Array())).toThrow(/empty/));
});
