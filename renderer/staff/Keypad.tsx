import { useTranslation } from 'react-i18next';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', ',', '0', '000', 'k', 'tr', '⌫'] as const;

/** Digits and the shorthand staff already write on paper (`1,5tr`, `500k`); no system keyboard covers the screen. */
export function Keypad({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const { t } = useTranslation('staff');
  const press = (key: (typeof KEYS)[number]) => {
    if (key === '⌫') onChange(value.slice(0, -1).replace(/t$/, ''));
    else if (key === 'tr' || key === 'k') onChange(/(tr|k)$/.test(value) ? value : value + key);
    else if (value.length < 20) onChange(value + key);
  };
  return (
    <div className="phone-keypad" role="group" aria-label={t('phone.keypad')}>
      {KEYS.map((key) => (
        <button
          key={key}
          type="button"
          aria-label={key === '⌫' ? t('phone.backspace') : undefined}
          onClick={() => press(key)}
          onContextMenu={(e) => {
            // A long press on ⌫ clears the amount.
            if (key !== '⌫') return;
            e.preventDefault();
            onChange('');
          }}
        >
          {key}
        </button>
      ))}
    </div>
  );
}
