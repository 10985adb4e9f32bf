import { serve } from './cli';

serve().catch((error: unknown) => {
  console.error(`FairFloor could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
