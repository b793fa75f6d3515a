/// <reference lib="webworker" />
import type { CheckpointCatalogue } from './checkpointCatalogue';
import { serveCheckpointRequests } from './checkpointService';
import type { FromWorker, MessagePortLike, ToWorker } from '../rpc/protocol';

// The worker global is the port: requests arrive as messages, answers go back the same way.
serveCheckpointRequests(self as unknown as MessagePortLike<ToWorker<CheckpointCatalogue>, FromWorker>);
