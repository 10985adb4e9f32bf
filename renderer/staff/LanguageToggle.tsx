import { useTranslation } from 'react-i18next';
import { switchPhoneLanguage } from './language';

export function LanguageToggle() {
  const { t, i18n } = useTranslation('staff');
  return (
    <button
      type="button"
      className="phone-lang"
      aria-label={t('phone.switchLanguage')}
      onClick={() => void switchPhoneLanguage(i18n.language === 'en' ? 'vi' : 'en')}
    >
      {t('phone.language')}
    </button>
  );
}
