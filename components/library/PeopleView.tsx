import { useMemo, useState } from 'preact/hooks';
import type { Appearance, OfficialEntry } from '../../utils/core/views';
import { t, tn } from '../../utils/i18n';
import { postKey } from '../../utils/core/jurisdiction';
import { namePinyin, PINYIN_LANG, postInEnglish } from '../../utils/library/english';
import { dateSpan, filterByText, holdersByPost, hostOf } from '../../utils/library/posts';
import { LazyDetails } from './LazyDetails';
import { PageLink } from './PageLink';
import { useIndexFilter } from './index-filter';

interface Props {
  people: OfficialEntry[];
  openTab: (url: string) => void;
  /** Shows the pages (and their passages) where the official appears. */
  showOfficial: (name: string) => void;
}

function Appearances({ pages, openTab }: { pages: Appearance[]; openTab: (url: string) => void }) {
  return (
    <ul class="appearances">
      {pages.map((p) => (
        <li key={p.url}>
          <time>{p.date}</time> <PageLink url={p.url} title={p.title} openTab={openTab} />{' '}
          <span class="meta">{hostOf(p.url)}</span>
        </li>
      ))}
    </ul>
  );
}

/** A post's name with what tells it apart when its place is not known: 区委书记（天宁）. */
function postLabel(post: { title: string; where?: string }): string {
  return post.where === undefined ? post.title : t('libPostWhere', post.title, post.where);
}

/** A name's pinyin beside it, smaller (nothing for a name that is not Chinese). */
function Pinyin({ name }: { name: string }) {
  const pinyin = namePinyin(name);
  return pinyin ? (
    <>
      {' '}
      <span class="pinyin" lang={PINYIN_LANG}>
        {pinyin}
      </span>
    </>
  ) : null;
}

/** A post's English on its own line under it (nothing when no rank of it is known). */
function PostEnglish({ title }: { title: string }) {
  const en = postInEnglish(title);
  return en ? (
    <span class="post-en" lang="en">
      {en}
    </span>
  ) : null;
}

/** What the index's filter box looks in for a name: the name, and its pinyin (Xu Xiaobo finds 许小波). */
const nameKeys = (name: string): string[] => [name, namePinyin(name) ?? ''];
/** And for a post: as shown, and in English. */
const postKeys = (post: { title: string; where?: string }): string[] => [
  postLabel(post),
  postInEnglish(post.title) ?? '',
];

/** Every official seen on saved pages: by person (posts over time) or by post (who held it when). */
export function PeopleView({ people, openTab, showOfficial }: Props) {
  const [mode, setMode] = useState<'person' | 'post'>('person');
  const { text, shown, input, more } = useIndexFilter();
  const posts = useMemo(() => holdersByPost(people), [people]);
  if (people.length === 0) return <p class="empty">{t('libPeopleEmpty')}</p>;

  const persons = filterByText(people, text, (p) => [...nameKeys(p.name), ...p.posts.flatMap(postKeys)]);
  const byPost = filterByText(posts, text, (p) => [
    ...postKeys(p),
    ...p.holders.flatMap((h) => nameKeys(h.name)),
  ]);
  const total = mode === 'person' ? persons.length : byPost.length;

  return (
    <section class="index people">
      <div class="index-tools">
        <div class="toggle" role="group">
          <button type="button" aria-pressed={mode === 'person'} onClick={() => setMode('person')}>
            {t('libByPerson')}
          </button>
          <button type="button" aria-pressed={mode === 'post'} onClick={() => setMode('post')}>
            {t('libByPost')}
          </button>
        </div>
        {input}
      </div>
      <ul class="entries">
        {mode === 'person'
          ? persons.slice(0, shown).map((p) => (
              <li key={p.name} class="entry">
                <LazyDetails
                  summary={
                    <>
                      <span class="name">{p.name}</span>
                      <Pinyin name={p.name} />{' '}
                      <span class="meta">
                        {dateSpan(p.first, p.last)} ·{' '}
                        {tn('libPagesCount', p.pages.length, String(p.pages.length))}
                      </span>
                    </>
                  }
                >
                  {() => (
                    <>
                      <button type="button" class="link" onClick={() => showOfficial(p.name)}>
                        {t('libShowPassages')}
                      </button>
                      <ol class="timeline">
                        {p.posts.map((post) => (
                          <li key={postKey(post)}>
                            <span class="post">{postLabel(post)}</span>{' '}
                            <span class="meta">{dateSpan(post.first, post.last)}</span>
                            <PostEnglish title={post.title} />
                            <Appearances pages={post.pages} openTab={openTab} />
                          </li>
                        ))}
                      </ol>
                      {p.posts.length === 0 ? <Appearances pages={p.pages} openTab={openTab} /> : null}
                    </>
                  )}
                </LazyDetails>
              </li>
            ))
          : byPost.slice(0, shown).map((post) => (
              <li key={postKey(post)} class="entry">
                <LazyDetails
                  summary={
                    <>
                      <span class="post">{postLabel(post)}</span>{' '}
                      <span class="meta">
                        {tn('libHolders', post.holders.length, String(post.holders.length))}
                      </span>
                      <PostEnglish title={post.title} />
                    </>
                  }
                >
                  {() => (
                    <ol class="timeline">
                      {post.holders.map((h) => (
                        <li key={h.name}>
                          <button type="button" class="link name" onClick={() => showOfficial(h.name)}>
                            {h.name}
                          </button>
                          <Pinyin name={h.name} /> <span class="meta">{dateSpan(h.first, h.last)}</span>
                          <Appearances pages={h.pages} openTab={openTab} />
                        </li>
                      ))}
                    </ol>
                  )}
                </LazyDetails>
              </li>
            ))}
      </ul>
      {total > shown ? (
        <button type="button" class="more" onClick={more}>
          {t('libShowMore')}
        </button>
      ) : null}
    </section>
  );
}
