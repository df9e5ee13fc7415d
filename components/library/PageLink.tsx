import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n';

interface Props {
  url: string;
  title: string;
  openTab: (url: string) => void;
  children?: ComponentChildren;
}

/** http(s) only: an imported backup could carry any string as a page address. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** The page's title as a link that opens it in a new tab (a real link, so middle-click works too). */
export function PageLink({ url, title, openTab, children }: Props) {
  const label = children ?? (title.trim() !== '' ? title : t('libUntitled'));
  if (!isWebUrl(url)) return <span class="page-title">{label}</span>;
  return (
    <a
      class="page-title"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      title={t('libOpenPage')}
      onClick={(e) => {
        if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        openTab(url);
      }}
    >
      {label}
    </a>
  );
}
