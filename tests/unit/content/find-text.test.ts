import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findTextRange } from '../../../utils/content/find-text';

const body = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;

describe('findTextRange', () => {
  it.each([
    ['<p>区委书记许小波出席</p>', '许小波', '许小波'],
    ['<p>区委书记<b>许</b>小<i>波</i>出席</p>', '许小波', '许小波'],
    ['<p>前文</p><p>“强富美高”新天宁</p>', '强富美高', '强富美高'],
    ['<script>var a="许小波"</script><p>许小波</p>', '许小波', '许小波'],
    ['<p>许小</p><p>波</p>', '许小波', '许小波'],
  ])('%s: %s', (html, needle, found) => {
    const range = findTextRange(body(html), needle);
    expect(range?.toString()).toBe(found);
  });

  it('skips script text and finds the visible mention', () => {
    const root = body('<script>许小波</script><p>书记许小波</p>');
    const range = findTextRange(root, '许小波');
    expect(range?.startContainer.parentElement?.tagName).toBe('P');
  });

  it.each([
    ['<p>许小</p>', '许小波'],
    ['<p>abc</p>', ''],
  ])('%s: no %j', (html, needle) => expect(findTextRange(body(html), needle)).toBeNull());
});
