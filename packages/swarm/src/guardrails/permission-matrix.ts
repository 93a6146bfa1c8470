import { z } from 'zod';
import { agentNames, type AgentName } from '../domain/agents.js';
import { CaioError } from '../domain/errors.js';

const actionPermissionSchema = z
  .object({
    risk: z.enum(['low', 'medium', 'high', 'critical']),
    approvalAction: z.string().min(1),
    ratePerHour: z.number().int().min(0),
    requiresEvidence: z.boolean(),
    external: z.boolean(),
  })
  .strict();

const permissionMatrixSchema = z
  .object({
    version: z.literal(1),
    agents: z.partialRecord(z.enum(agentNames), z.record(z.string().regex(/^[a-z_]+$/), actionPermissionSchema)),
  })
  .strict();

/** What one agent may do with one action (SPEC §2 permission matrix row). */
export type ActionPermission = z.infer<typeof actionPermissionSchema>;

/** The validated, frozen permission matrix. */
export interface PermissionMatrix {
  readonly version: 1;
  /** The permission, or null when the agent may not perform the action (deny by default). */
  lookup(agent: AgentName, action: string): ActionPermission | null;
  /** Every (agent, action) pair, for documentation and tests. */
  entries(): { agent: AgentName; action: string; permission: ActionPermission }[];
}

/**
 * Validates a parsed permission-matrix document (YAML/JSON) — SPEC §2: "a versioned JSON/YAML file
 * validated at start-up".
 *
 * @throws CaioError `config_invalid` naming the offending path, e.g. `agents.OPERATOR.send_email.risk`.
 */
export function parsePermissionMatrix(document: unknown, sourceName = 'permission matrix'): PermissionMatrix {
  const parsed = permissionMatrixSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '(root)';
    throw new CaioError(
      'config_invalid',
      `${sourceName}: ${path}: ${issue?.message ?? 'invalid'}. Fix that entry and restart.`,
    );
  }
  const agents = parsed.data.agents;
  return Object.freeze({
    version: 1 as const,
    lookup: (agent: AgentName, action: string) => agents[agent]?.[action] ?? null,
    entries: () =>
      Object.entries(agents).flatMap(([agent, actions]) =>
        Object.entries(actions ?? {}).map(([action, permission]) => ({
          agent: agent as AgentName,
          action,
          permission,
        })),
      ),
  });
}
