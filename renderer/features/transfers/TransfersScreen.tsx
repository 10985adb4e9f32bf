import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Fair } from '../../../shared/model/fair';
import { formatNumber } from '../../../shared/money';
import { useApi } from '../../api/client';
import { saveFile } from '../../api/files';
import { useLanguage } from '../../i18n';
import { useNotices } from '../../ui/notices';
import { exhibitorsKey } from '../exhibitors/data';
import { FairBankSection, bankKey } from './BankForm';
import { StatementMatch } from './StatementMatch';
import './transfers.css';

/** Booth fees by bank transfer: the fair's account, a payment request per exhibitor, statements matched to payments. */
export function TransfersScreen({ fair }: { fair: Fair }) {
  const { t } = useTranslation('transfers');
  const language = useLanguage();
  const api = useApi();
  const notices = useNotices();
  const bank = useQuery({ queryKey: bankKey(fair.id), queryFn: () => api.getFairBank({ fairId: fair.id }) });
  const due = useQuery({ queryKey: exhibitorsKey(fair.id, 'due'), queryFn: () => api.listPaymentsDue({ fairId: fair.id }) });
  const request = useMutation({
    mutationFn: async (exhibitorId: string) => {
      const file = await api.paymentRequestPdf({ fairId: fair.id, exhibitorId, language });
      return (await saveFile(file)) ? file.fileName : null;
    },
    onSuccess: (fileName) => fileName && notices.info(t('due.saved', { fileName })),
    onError: notices.error,
  });
  return (
    <div className="transfers-screen">
      <h1>{t('title')}</h1>
      <FairBankSection fairId={fair.id} />
      <section aria-labelledby="transfers-due-title">
        <h2 id="transfers-due-title">{t('due.title')}</h2>
        <p className="hint">{t('due.hint')}</p>
        {bank.isSuccess && !bank.data && <p className="hint">{t('due.needBank')}</p>}
        {due.data && due.data.length === 0 && <p className="empty-state">{t('due.empty')}</p>}
        {due.data && due.data.length > 0 && (
          <table className="table transfers-due">
            <thead>
              <tr>
                <th>{t('due.exhibitor')}</th>
                <th>{t('due.booths')}</th>
                <th className="num">{t('due.amount')}</th>
                <th>{t('due.memo')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {due.data.map((d) => (
                <tr key={d.exhibitorId}>
                  <td>{d.exhibitorName}</td>
                  <td>{d.boothNumbers.join(', ')}</td>
                  <td className="num">{formatNumber(d.dueDong, language)}</td>
                  <td>
                    <code>{d.memo}</code>
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('due.pdfLabel', { name: d.exhibitorName })}
                      onClick={() => request.mutate(d.exhibitorId)}
                      disabled={!bank.data || request.isPending}
                    >
                      {t('due.pdf')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <StatementMatch fairId={fair.id} />
    </div>
  );
}
