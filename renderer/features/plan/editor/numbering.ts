export * from '../../../../shared/plan/numbering';
