import { siteBounds } from '../../../shared/plan/site';
import { drawFooter, drawNotice } from './chrome';
import type { PdfContext } from './document';
import { drawArea, fitView, type AreaContent, type AreaView, type Extent, type MapPainter } from './map-draw';
import type { Rect } from './paper';
import type { LegendEntry } from './style';

/**
 * The whole site on one sheet: every area at its place on the site plan, at one true scale (a
 * round 1:N that fits the frame), with its booths numbered, its name at its top-left corner, one
 * legend of every zone shown and the scale bar.
 */
export async function drawSiteSheet(
  ctx: PdfContext,
  contents: AreaContent[],
  startPage: (header: string[], legend: LegendEntry[]) => { x: number; y: number; w: number; h: number },
  title: string,
  legend: LegendEntry[],
  painter: MapPainter,
  place: (frame: Rect, extent: Extent) => AreaView = (frame, extent) => fitView(extent, frame),
): Promise<void> {
  const { doc, ts, t, f } = ctx;
  const booths = contents.reduce((n, c) => n + c.booths.length, 0);
  const frame = startPage([t('siteSheet', { areas: contents.length, booths }), title], legend);
  const bounds = siteBounds(contents.map((c) => c.area));
  if (!bounds || booths === 0) {
    drawNotice(ctx, frame, t(bounds ? 'emptyArea' : 'noAreas'));
    drawFooter(ctx, [], null);
    return;
  }
  // Room above the top areas for their names.
  const nameSize = 9 * f;
  const top = ts.lineHeight(nameSize) + 2 * f;
  const inner = { ...frame, y: frame.y + top, h: frame.h - top };
  const site = place(inner, { widthM: bounds.width, depthM: bounds.height });
  const origin = { x: site.originM.x + bounds.x, y: site.originM.y + bounds.y - top / site.ptPerM };
  // The site's part of the sheet (all of it, or what the index leaves), with the names' room above.
  const clip = { x: site.frame.x, y: frame.y, w: site.frame.w, h: site.frame.y + site.frame.h - frame.y };
  for (const content of contents) {
    const { area } = content;
    const view = { frame: clip, ptPerM: site.ptPerM, originM: { x: origin.x - area.siteXM, y: origin.y - area.siteYM } };
    await drawArea(ctx, content, view, painter);
    const x = frame.x + (area.siteXM - origin.x) * site.ptPerM;
    const y = frame.y + (area.siteYM - origin.y) * site.ptPerM;
    doc.fillColor('#343a40');
    ts.draw(ts.clean(area.name), x, y - ts.lineHeight(nameSize) - f, nameSize, 'bold');
    ctx.trace({
      kind: 'area',
      name: area.name,
      rect: { x, y, w: area.widthM * site.ptPerM, h: area.depthM * site.ptPerM },
      rotated: false,
    });
  }
  drawFooter(ctx, legend, site.ptPerM);
}
