import { describe, expect, it } from 'vitest';
import { DbError } from '../../utils/core/errors';
import { answer, dispatch, unwrap, type Handlers } from '../../utils/messaging';
import { badgeText } from '../../utils/background/main';

interface TestProtocol {
  echo: { req: { value: number }; res: number };
  fail: { req: object; res: null };
}
const handlers: Handlers<TestProtocol> = {
  echo: ({ value }, { tabId }) => value + (tabId ?? 0),
  fail: () => {
    throw new Error('disk full');
  },
};
const sender = { tabId: 2, frameId: 0, url: 'https://example.cn/' };

/** What `run` throws (undefined when it does not), to look at more than its message. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (err) {
    return err;
  }
  return undefined;
}

describe('messages', () => {
  it.each([
    [
      { type: 'echo', value: 40 },
      { ok: true, value: 42 },
    ],
    [{ type: 'fail' }, { ok: false, error: 'disk full' }],
  ])('dispatches %j', async (msg, envelope) => {
    expect(await dispatch(handlers, msg, sender)).toEqual(envelope);
  });

  it.each([null, 'echo', { kind: 'echo' }, { type: 'unknown' }])('ignores %j (not for this side)', (raw) => {
    expect(dispatch(handlers, raw, sender)).toBeUndefined();
  });

  it('turns an error envelope back into an Error with the same message', async () => {
    const envelope = await answer(() => Promise.reject(new Error('quota exceeded')));
    expect(() => unwrap(envelope)).toThrow('quota exceeded');
  });

  it.each(['quota', 'version', 'closed'] as const)(
    'a database failure (%s) arrives as a DbError with its code, to be said in the reader’s language',
    async (code) => {
      const envelope = await answer(() => Promise.reject(new DbError(code, 'Could not save the highlight.')));
      const thrown = thrownBy(() => unwrap(envelope));
      expect(thrown).toBeInstanceOf(DbError);
      expect(thrown).toMatchObject({ code, message: 'Could not save the highlight.' });
    },
  );

  it('does not take an unknown code from the other side for a database code', () => {
    const thrown = thrownBy(() => unwrap({ ok: false, error: 'odd', code: 'erase-everything' }));
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(DbError);
  });

  it.each([undefined, null, 'x', {}])('explains a missing answer (%j)', (raw) => {
    expect(() => unwrap(raw)).toThrow(/No answer from the extension/);
  });
});

describe('badgeText', () => {
  it.each([
    [null, ''],
    [0, '0'],
    [7, '7'],
    [99, '99'],
    [100, '99+'],
  ])('%j → %j', (count, text) => expect(badgeText(count)).toBe(text));
});
