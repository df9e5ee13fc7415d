import { useMemo, useState } from 'preact/hooks';
import type { Detection, Slogan } from '../utils/types';
import { t, tn } from '../utils/i18n';
import { presentOfficials } from '../utils/present/officials';
import { rankSlogans } from '../utils/present/slogans';

interface Props {
  detection: Detection;
  /** Called with the text to find on the page. */
  onReveal: (text: string) => void;
}

/** Local quoted phrases shown before "Show N more": a page can have dozens (大事, 要事, 桥梁 …). */
export const LOCAL_SHOWN = 5;

/** People, meetings and formulations of one article. All page text is rendered as text. */
export function EntitySections({ detection, onReveal }: Props) {
  const people = useMemo(() => presentOfficials(detection.officials), [detection.officials]);
  const slogans = useMemo(() => rankSlogans(detection.slogans), [detection.slogans]);
  const { meetings } = detection;
  return (
    <>
      <Section title={t('popupOfficials')} count={people.length}>
        <ul>
          {people.map((p) => (
            <li key={p.name}>
              <button
                type="button"
                class="entity person"
                title={t('popupJump')}
                onClick={() => onReveal(p.name)}
              >
                <span class="who">
                  <span class="name" lang="zh">
                    {p.name}
                  </span>
                  {p.pinyin ? (
                    <span class="pinyin" lang="zh-Latn-pinyin">
                      {p.pinyin}
                    </span>
                  ) : null}
                </span>
                <span class="posts">
                  {p.posts.map((post) => (
                    <span class="post" key={post.title}>
                      <span class="post-title" lang="zh">
                        {post.title}
                      </span>
                      {post.gloss ? (
                        <span class="gloss" lang="en">
                          {post.gloss}
                        </span>
                      ) : null}
                    </span>
                  ))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('popupMeetings')} count={meetings.length}>
        <ul>
          {meetings.map((m) => (
            <li key={m.name}>
              <button
                type="button"
                class="entity meeting"
                title={t('popupJump')}
                onClick={() => onReveal(m.name)}
              >
                <span class="meeting-name" lang="zh">
                  {m.name}
                </span>
                {m.en ? (
                  <span class="gloss" lang="en">
                    {m.en}
                  </span>
                ) : null}
                <span class="meta">
                  {m.date ?? t('popupNoDate')} ·{' '}
                  {m.role === 'reported' ? t('popupReported') : t('popupReferenced')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('popupSlogans')} count={detection.slogans.length}>
        {slogans.national.length ? (
          <SloganGroup
            title={t('popupNational')}
            kind="national"
            slogans={slogans.national}
            onReveal={onReveal}
          />
        ) : null}
        {slogans.local.length ? (
          <SloganGroup
            title={t('popupLocalQuoted')}
            kind="local"
            slogans={slogans.local}
            limit={LOCAL_SHOWN}
            onReveal={onReveal}
          />
        ) : null}
      </Section>
    </>
  );
}

function SloganGroup({
  title,
  kind,
  slogans,
  limit = Infinity,
  onReveal,
}: {
  title: string;
  kind: 'national' | 'local';
  slogans: Slogan[];
  limit?: number;
  onReveal: (text: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const hidden = Math.max(0, slogans.length - limit);
  const shown = open ? slogans : slogans.slice(0, limit);
  return (
    <div class={`slogan-group ${kind}`}>
      <h3>{title}</h3>
      <ul>
        {shown.map((s) => (
          <li key={s.text}>
            <button
              type="button"
              class="entity slogan"
              title={t('popupJump')}
              onClick={() => onReveal(s.text)}
            >
              <span class="slogan-body">
                <span class="slogan-text" lang="zh">
                  {s.text}
                </span>
                {s.en ? (
                  <span class="gloss" lang="en">
                    {s.en}
                  </span>
                ) : null}
              </span>
              <span class="times">{t('popupCount', String(s.count))}</span>
            </button>
          </li>
        ))}
      </ul>
      {hidden ? (
        <button type="button" class="more" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('popupShowFewer') : tn('popupShowMore', hidden, String(hidden))}
        </button>
      ) : null}
    </div>
  );
}

function Section({
  title,
  count,
  children,
}: {
  title: string;
  count: number;
  children: preact.ComponentChildren;
}) {
  return (
    <section>
      <h2>
        {title} <span class="count">{count}</span>
      </h2>
      {count ? children : <p class="none">{t('popupNone')}</p>}
    </section>
  );
}
