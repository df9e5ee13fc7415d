// @vitest-environment jsdom
// The tag field with Chinese input methods: composition events as browsers send them.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TagInput } from '../../../components/TagInput';

let host: HTMLElement;
let changes: string[][];

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  changes = [];
  act(() => {
    render(
      <TagInput
        tags={['人大']}
        suggestions={['许小波', '强富美高']}
        placeholder=""
        onChange={(t) => changes.push(t)}
      />,
      host,
    );
  });
});
afterEach(() => {
  render(null, host);
  host.remove();
});

const field = () => host.querySelector('input') as HTMLInputElement;

function compose(text: string) {
  const el = field();
  act(() => {
    el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    el.value = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: text }));
  });
}

describe('TagInput', () => {
  it('does not commit on the Enter that confirms an input-method candidate', () => {
    compose('许小波');
    act(() => {
      field().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true }));
    });
    expect(changes).toEqual([]);
  });

  it('commits on a plain Enter after the composition', () => {
    compose('许小波');
    act(() => {
      field().dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '许小波' }));
      field().dispatchEvent(new InputEvent('input', { bubbles: true, data: '许小波' }));
    });
    act(() => {
      field().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true }));
    });
    expect(changes).toEqual([['人大', '许小波']]);
  });

  it('commits when a full-width ， arrives with the end of a composition', () => {
    compose('强富美高，');
    act(() => {
      field().dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '强富美高，' }));
    });
    expect(changes).toEqual([['人大', '强富美高']]);
    expect(field().value).toBe('');
  });

  it('removes the last tag with Backspace in an empty field', () => {
    act(() => {
      field().dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true }));
    });
    expect(changes).toEqual([[]]);
  });

  it('offers suggestions as buttons that add the tag', () => {
    const buttons = [...host.querySelectorAll('.suggestions button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['许小波', '强富美高']);
    act(() => (buttons[0] as HTMLButtonElement).click());
    expect(changes).toEqual([['人大', '许小波']]);
  });
});
vi.mock('wxt/browser', () => ({ browser: {} }));
