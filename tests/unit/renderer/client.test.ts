import { describe, expect, it } from 'vitest';
import { ApiError, type Reply } from '../../../shared/api/errors';
import { createClient } from '../../../renderer/api/client';

describe('the renderer’s client', () => {
  (globalThis as { window?: object }).window ??= {};
  const sent: [string, unknown][] = [];
  const api = createClient(async (name, input): Promise<Reply<unknown>> => {
    sent.push([name, input]);
    if (name === 'getFair') return { ok: false, error: { code: 'NOT_FOUND', message: 'No such fair', details: { reason: 'noFair' } } };
    return { ok: true, value: { called: name } };
  });

  it('sends each method by its name, without a list of names, and gives back the value', async () => {
    expect(await api.listFairs({})).toEqual({ called: 'listFairs' });
    expect(await api.recordSale({ fairId: 'f' } as never)).toEqual({ called: 'recordSale' });
    expect(sent).toEqual([
      ['listFairs', {}],
      ['recordSale', { fairId: 'f' }],
    ]);
    expect(api.listFairs).toBe(api.listFairs); // made once, then kept
  });

  it('throws a refusal as the typed error, and is never mistaken for a promise', async () => {
    const refused = await api.getFair({ fairId: 'x' }).catch((e: unknown) => e);
    expect(ApiError.is(refused) && refused.code).toBe('NOT_FOUND');
    expect((api as unknown as { then?: unknown }).then).toBeUndefined();
    expect(await Promise.resolve(api)).toBe(api);
  });
});
