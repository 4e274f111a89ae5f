import { runAction, actionLogger } from '../../shared/src/action/run.js';
await runAction(async () => { actionLogger.info('hello'); });
