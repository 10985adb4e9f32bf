import type { Database } from 'better-sqlite3';

/**
 * Running totals of the sales, kept by triggers in the same transaction as each entry, so every
 * dashboard and the fair report read a few thousand rows instead of scanning every sale.
 * One row per booth, exhibitor, day and payment method; voided entries leave the totals.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE sale_total (
      booth_id TEXT NOT NULL,
      -- '' when the sale had no exhibitor, so the key stays unique (NULLs never collide).
      exhibitor_id TEXT NOT NULL DEFAULT '',
      day TEXT NOT NULL,
      method TEXT NOT NULL,
      revenue INTEGER NOT NULL,
      entries INTEGER NOT NULL,
      PRIMARY KEY (booth_id, exhibitor_id, day, method)
    ) WITHOUT ROWID;

    INSERT INTO sale_total (booth_id, exhibitor_id, day, method, revenue, entries)
      SELECT booth_id, coalesce(exhibitor_id, ''), day, method, sum(amount_dong), count(*)
      FROM sale WHERE voided_at IS NULL GROUP BY booth_id, coalesce(exhibitor_id, ''), day, method;

    CREATE TRIGGER sale_total_on_insert AFTER INSERT ON sale WHEN NEW.voided_at IS NULL
    BEGIN
      INSERT INTO sale_total (booth_id, exhibitor_id, day, method, revenue, entries)
        VALUES (NEW.booth_id, coalesce(NEW.exhibitor_id, ''), NEW.day, NEW.method, NEW.amount_dong, 1)
        ON CONFLICT (booth_id, exhibitor_id, day, method)
        DO UPDATE SET revenue = revenue + excluded.revenue, entries = entries + 1;
    END;

    CREATE TRIGGER sale_total_on_void AFTER UPDATE OF voided_at ON sale
      WHEN OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL
    BEGIN
      UPDATE sale_total SET revenue = revenue - OLD.amount_dong, entries = entries - 1
        WHERE booth_id = OLD.booth_id AND exhibitor_id = coalesce(OLD.exhibitor_id, '')
          AND day = OLD.day AND method = OLD.method;
    END;

    -- A void is final: restoring an entry means recording it again, visibly.
    CREATE TRIGGER sale_void_final BEFORE UPDATE OF voided_at ON sale
      WHEN OLD.voided_at IS NOT NULL AND (NEW.voided_at IS NULL OR NEW.voided_at <> OLD.voided_at)
    BEGIN SELECT RAISE(ABORT, 'A voided sale stays voided'); END;

    -- The payment method is part of the money record: like the amount, it changes only by correction.
    CREATE TRIGGER sale_method_frozen BEFORE UPDATE OF method ON sale
    BEGIN SELECT RAISE(ABORT, 'A sale is corrected by a new entry, never rewritten'); END;

    -- An entry moved to another exhibitor (say, two records of one business merged) moves its total too.
    CREATE TRIGGER sale_total_on_exhibitor AFTER UPDATE OF exhibitor_id ON sale
      WHEN OLD.voided_at IS NULL AND NEW.voided_at IS NULL AND coalesce(OLD.exhibitor_id, '') <> coalesce(NEW.exhibitor_id, '')
    BEGIN
      UPDATE sale_total SET revenue = revenue - OLD.amount_dong, entries = entries - 1
        WHERE booth_id = OLD.booth_id AND exhibitor_id = coalesce(OLD.exhibitor_id, '') AND day = OLD.day AND method = OLD.method;
      INSERT INTO sale_total (booth_id, exhibitor_id, day, method, revenue, entries)
        VALUES (NEW.booth_id, coalesce(NEW.exhibitor_id, ''), NEW.day, NEW.method, NEW.amount_dong, 1)
        ON CONFLICT (booth_id, exhibitor_id, day, method)
        DO UPDATE SET revenue = revenue + excluded.revenue, entries = entries + 1;
    END;

    -- The day's entries, newest first, and one booth's entries (heat map, day grid); they supersede
    -- the single-column indexes, which would only cost a page write per entry.
    CREATE INDEX sale_day_recorded ON sale(day, recorded_at);
    CREATE INDEX sale_booth_day ON sale(booth_id, day);
    DROP INDEX sale_day;
    DROP INDEX sale_booth;
    CREATE INDEX sale_voided ON sale(voided_at) WHERE voided_at IS NOT NULL;
    CREATE INDEX sale_corrects ON sale(corrects_sale_id) WHERE corrects_sale_id IS NOT NULL;
  `);
}
