import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import './staff.css';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next } from 'react-i18next';
import { common } from '../i18n/common';
import { sales } from '../features/sales/messages';
import { staff } from '../features/staff/messages';
import { StaffApi } from './api';
import { Outbox } from './outbox';
import { StaffApp } from './StaffApp';
import { phoneLanguage } from './language';
import { appReason } from '../../shared/i18n/reasons';

// Only the three catalogues the phone needs travel to it.
const language = phoneLanguage();
void i18next.use(initReactI18next).init({
  resources: {
    en: { staff: staff.en, sales: sales.en, common: common.en },
    vi: { staff: staff.vi, sales: sales.vi, common: common.vi },
  },
  lng: language,
  fallbackLng: false,
  defaultNS: 'staff',
  ns: ['staff', 'sales', 'common'],
  interpolation: { escapeValue: false },
});
document.documentElement.lang = language;

const api = new StaffApi();
const outbox = new Outbox(api, {
  undo: () => appReason('phoneUndo'),
  correct: () => appReason('phoneCorrect'),
  undoCorrection: () => appReason('phoneUndoCorrection'),
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StaffApp api={api} outbox={outbox} />
  </StrictMode>,
);
