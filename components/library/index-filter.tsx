import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

const STEP = 50;

/** The filter box and the growing slice that the people and formulation indexes share. */
export function useIndexFilter() {
  const [text, setText] = useState('');
  const [shown, setShown] = useState(STEP);
  const input = (
    <input
      type="search"
      aria-label={t('libIndexFilter')}
      placeholder={t('libIndexFilter')}
      value={text}
      onInput={(e) => {
        setText((e.currentTarget as HTMLInputElement).value);
        setShown(STEP);
      }}
    />
  );
  return { text, shown, input, more: () => setShown(shown + STEP) };
}
