import type { TestProject } from 'vitest/node';
import { type PostgresCluster, startPostgresCluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

let cluster: PostgresCluster | undefined;

/** One PostgreSQL cluster for the whole run; each test file makes its own database in it (see engines.ts). */
export async function setup(project: TestProject): Promise<void> {
  cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url());
  console.log(`PostgreSQL test cluster on 127.0.0.1:${cluster.port}`);
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
}
