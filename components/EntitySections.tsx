import type { Detection } from '../utils/types';
import { t } from '../utils/i18n';

interface Props {
  detection: Detection;
  /** Called with the text to find on the page. */
  onReveal: (text: string) => void;
}

/** Officials, meetings and slogans of one article. All page text is rendered as text. */
export function EntitySections({ detection, onReveal }: Props) {
  const { officials, meetings, slogans } = detection;
  return (
    <>
      <Section title={t('popupOfficials')} count={officials.length}>
        {officials.map((o) => (
          <li key={o.name}>
            <button type="button" class="entity" title={t('popupJump')} onClick={() => onReveal(o.name)}>
              <span class="name">{o.name}</span>
              <span class="posts">
                {o.titles.map((title, i) => (
                  <span class="post" key={title}>
                    {title}
                    {o.glosses?.[i] ? <span class="gloss">{o.glosses[i]}</span> : null}
                  </span>
                ))}
              </span>
            </button>
          </li>
        ))}
      </Section>
      <Section title={t('popupMeetings')} count={meetings.length}>
        {meetings.map((m) => (
          <li key={m.name}>
            <button type="button" class="entity" title={t('popupJump')} onClick={() => onReveal(m.name)}>
              <span class="name">{m.name}</span>
              <span class="meta">
                {m.date ?? t('popupNoDate')} ·{' '}
                {m.role === 'reported' ? t('popupReported') : t('popupReferenced')}
              </span>
            </button>
          </li>
        ))}
      </Section>
      <Section title={t('popupSlogans')} count={slogans.length}>
        {slogans.map((s) => (
          <li key={s.text}>
            <button
              type="button"
              class="entity slogan"
              title={t('popupJump')}
              onClick={() => onReveal(s.text)}
            >
              <span class="name">{s.text}</span>
              <span class="meta">{t('popupCount', String(s.count))}</span>
            </button>
          </li>
        ))}
      </Section>
    </>
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
      {count ? <ul>{children}</ul> : <p class="none">{t('popupNone')}</p>}
    </section>
  );
}
