export { defineMessages, type MessageShape } from '../../shared/i18n/define';
