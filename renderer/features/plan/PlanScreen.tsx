import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fair } from '../../../shared/model/fair';
import type { Plan } from '../../../shared/model/plan';
import { useApi } from '../../api/client';
import { useErrorText, useNotices } from '../../ui/notices';
import { PlanEditor } from './editor/editor';
import { isChangedMeanwhile } from './editor/editorSaving';
import { PlanWorkbench } from './ui/PlanWorkbench';
import './plan.css';

import { planKey, planQuery } from './keys';

export { planKey } from './keys';

/** The fair's floor plan editor: loads the plan once, then the editor owns it and saves each edit. */
export function PlanScreen({ fair }: { fair: Fair }) {
  const { t } = useTranslation(['plan', 'common']);
  const api = useApi();
  const errorText = useErrorText();
  const query = useQuery(planQuery(api, fair.id));
  if (query.isError)
    return (
      <p role="alert" className="plan-message">
        {errorText(query.error)}
      </p>
    );
  if (!query.data) return <p className="hint plan-message">{t('common:loading')}</p>;
  return <LoadedPlan key={fair.id} fairId={fair.id} plan={query.data} />;
}

function LoadedPlan({ fairId, plan }: { fairId: string; plan: Plan }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const notices = useNotices();
  const [editor] = useState(
    () =>
      new PlanEditor({
        plan,
        persist: async (changes) => {
          await api.applyPlanChanges({ fairId, ...changes });
        },
        onPersistError: (error) => {
          // A change made elsewhere meanwhile is told on the plan itself (the editor counts it).
          if (!isChangedMeanwhile(error)) notices.error(error);
          // A refused save may have met another window's change: show the file as it is now.
          void queryClient.refetchQueries({ queryKey: planKey(fairId) });
        },
        onStale: () => void queryClient.refetchQueries({ queryKey: planKey(fairId) }),
      }),
  );
  // Another window's (or device's) changes, announced by the change feed and read afresh (not the
  // plan the editor was made from: comparing 20,000 booths with themselves held up the first drawing).
  const made = useRef(plan);
  useEffect(() => {
    if (plan !== made.current) editor.receive(plan);
  }, [editor, plan]);
  return <PlanWorkbench editor={editor} fairId={fairId} />;
}
