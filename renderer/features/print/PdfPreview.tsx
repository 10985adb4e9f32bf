import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { base64ToBytes } from '../../api/files';
import { openPdf } from '../../api/pdfjs';

/** Renders the first page of the PDF the main process made, so the person sees it before saving. */
export function PdfPreview({ base64, pageCount }: { base64: string; pageCount: number }) {
  const { t } = useTranslation('print');
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  const [rendered, setRendered] = useState(false);

  useEffect(() => {
    let cancelled = false;
    setRendered(false);
    setFailed(false);
    (async () => {
      const pdf = await openPdf(base64ToBytes(base64));
      try {
        const page = await pdf.getPage(1);
        const target = canvas.current;
        if (cancelled || !target) return;
        const unscaled = page.getViewport({ scale: 1 });
        const scale = Math.min(560 / unscaled.width, 420 / unscaled.height) * (window.devicePixelRatio || 1);
        const viewport = page.getViewport({ scale });
        target.width = Math.floor(viewport.width);
        target.height = Math.floor(viewport.height);
        await page.render({ canvas: target, viewport }).promise;
        if (!cancelled) setRendered(true);
      } finally {
        await pdf.destroy();
      }
    })().catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [base64]);

  return (
    <figure className="print-preview" aria-label={t('preview')}>
      {failed ? (
        <p className="hint">{t('previewFailed')}</p>
      ) : (
        <canvas ref={canvas} data-testid="print-preview" data-rendered={rendered ? 'yes' : 'no'} />
      )}
      <figcaption className="hint">{t('pages', { count: pageCount })}</figcaption>
    </figure>
  );
}
