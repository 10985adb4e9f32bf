import type { Language } from '../../../shared/model/fair';
import { cellText, type ReportDoc } from '../../../shared/report/document';

/** The report drawn on screen from the same blocks the PDF and the .docx are written from. */
export function ReportPaper({ doc, language }: { doc: ReportDoc; language: Language }) {
  const h = doc.header;
  return (
    <article className="report-paper" lang={language}>
      <header className="report-paper-head">
        <div>
          <p>{h.parentBody}</p>
          <p className="strong ruled">{h.issuingBody}</p>
          <p>{h.number}</p>
        </div>
        <div>
          <p className="strong">{h.nation}</p>
          <p className="strong ruled">{h.motto}</p>
          <p className="italic">{h.placeDate}</p>
        </div>
      </header>
      <h2 className="report-paper-title">
        <span>{doc.kind}</span>
        <span>{doc.title}</span>
      </h2>
      {doc.body.map((b, i) =>
        b.kind === 'heading' ? (
          <h3 key={i}>{b.text}</h3>
        ) : b.kind === 'subheading' ? (
          <h4 key={i}>{b.text}</h4>
        ) : (
          <p key={i} className={b.kind === 'para' && b.italic ? 'italic' : undefined}>
            {b.kind === 'bullet' ? `- ${b.text}` : b.text}
          </p>
        ),
      )}
      <p>{doc.closing}</p>
      <footer className="report-paper-sign">
        <div>
          <p className="strong italic">{doc.recipientsLabel}</p>
          {doc.recipients.map((r) => (
            <p key={r} className="small">
              {r}
            </p>
          ))}
        </div>
        <div>
          {doc.signer.authority && <p className="strong">{doc.signer.authority}</p>}
          <p className="strong">{doc.signer.title}</p>
          <p className="report-paper-space" />
          <p className="strong">{doc.signer.name}</p>
        </div>
      </footer>
      <h3 className="report-paper-appendix">{doc.appendixTitle}</h3>
      {doc.tables.map((t) => (
        <section key={t.label} className="report-paper-table">
          <h4>
            {t.label}. {t.title}
          </h4>
          {t.unit && <p className="italic right">{t.unit}</p>}
          <table>
            <thead>
              <tr>
                {t.columns.map((c) => (
                  <th key={c.header}>{c.header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {t.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((v, j) => (
                    <td key={j} className={t.columns[j]!.align}>
                      {cellText(v, language)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            {t.total && (
              <tfoot>
                <tr>
                  {t.total.map((v, j) => (
                    <td key={j} className={t.columns[j]!.align}>
                      {cellText(v, language)}
                    </td>
                  ))}
                </tr>
              </tfoot>
            )}
          </table>
        </section>
      ))}
    </article>
  );
}
