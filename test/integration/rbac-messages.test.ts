/**
 * 403 answers byok has no emulator for (a Key Vault's Azure RBAC) or in wordings other than the emulator's, built the
 * way the Key Vault SDK builds them (RestError with the deserialized body in `details`), through translateAzureError.
 */
import { createPipelineRequest, RestError } from '@azure/core-rest-pipeline';
import { translateAzureError } from '../../shared/src/azure/errors.js';
import { ConfigurationError } from '../../shared/src/errors.js';

const OID = '5b0c2d4e-1f2a-4b3c-9d8e-7f6a5b4c3d2e';

function forbidden(url: string, message: string, inner?: { code: string; message?: string }): RestError {
  const error = new RestError(message, {
    statusCode: 403,
    code: 'Forbidden',
    request: createPipelineRequest({ url }),
  });
  error.details = { error: { code: 'Forbidden', message, ...(inner ? { innerError: inner } : {}) } };
  return error;
}

const oneLine = (error: Error) => (error as ConfigurationError).oneLine;

test('a Key Vault ForbiddenByRbac names the data action, the object id and "Key Vault Crypto Officer"', () => {
  const error = translateAzureError(
    forbidden(
      'https://contoso-kv.vault.azure.net/keys/payments/import?api-version=7.6',
      'Caller is not authorized to perform action on resource.\r\nIf role assignments, deny assignments or role definitions were changed recently, please observe propagation time.\r\n' +
        `Caller: appid=1e8a1b3c-0000-4000-8000-00000000000a;oid=${OID};iss=https://sts.windows.net/72f988bf-0000-4000-8000-000000000000/\r\n` +
        "Action: 'Microsoft.KeyVault/vaults/keys/import/action'\r\nResource: '/subscriptions/0000/resourcegroups/rg/providers/microsoft.keyvault/vaults/contoso-kv/keys/payments'\r\n" +
        'Assignment: (not found)\r\nDenyAssignmentId: null\r\nDecisionReason: null \r\nVault: contoso-kv;location=westeurope\r\n',
      { code: 'ForbiddenByRbac' },
    ),
    'import key "payments"',
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  expect(oneLine(error)).toBe(
    `Not allowed to import key "payments": identity ${OID} lacks the data action Microsoft.KeyVault/vaults/keys/import/action. ` +
      `Assign identity ${OID} the "Key Vault Crypto Officer" role on the vault (az role assignment create --role "Key Vault Crypto Officer" --assignee-object-id ${OID} --scope VAULT_RESOURCE_ID)`,
  );
});

test('a Managed HSM refusal worded as the CLI shows it, without an object id, still names action and role', () => {
  const error = translateAzureError(
    forbidden('https://contoso.managedhsm.azure.net/keys/KEKforBYOK/create?api-version=7.4', 'Forbidden', {
      code: 'AccessDenied',
      message: "Not authorized to access Microsoft.KeyVault/managedHsm/keys/create on '/keys'",
    }),
    'create KEK "KEKforBYOK"',
  );
  expect(oneLine(error)).toBe(
    'Not allowed to create KEK "KEKforBYOK": the workflow identity lacks the data action Microsoft.KeyVault/managedHsm/keys/create. ' +
      'Assign the workflow identity the "Managed HSM Crypto User" role on /keys (az keyvault role assignment create --hsm-name contoso --role "Managed HSM Crypto User" --assignee-object-id OBJECT_ID --scope /keys)',
  );
});

test('a bare 403 with neither data action nor object id still gives the role hint', () => {
  const bare = new RestError('Access denied', { statusCode: 403, code: 'Forbidden' });
  const error = translateAzureError(bare, 'read key "k"');
  expect(error).toBeInstanceOf(ConfigurationError);
  expect((error as ConfigurationError).code).toBe('FORBIDDEN');
  expect(oneLine(error)).toMatch(
    /^Not allowed to read key "k" \(Access denied\)\. Assign the workflow identity the "Managed HSM Crypto User" role on \/keys \(az keyvault role assignment create --hsm-name HSM /,
  );
});

describe('a 403 names the fix of the vault it came from', () => {
  test('a Key Vault with access policies: set-policy with the permission it names', () => {
    const error = translateAzureError(
      forbidden(
        'https://contoso-kv.vault.azure.net/keys/payments?api-version=7.6',
        `The user, group or application 'appid=1e8a1b3c-0000-4000-8000-00000000000a;oid=${OID};iss=https://sts.windows.net/72f988bf-0000-4000-8000-000000000000/' does not have keys import permission on key vault 'contoso-kv;location=westeurope'. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125287`,
        { code: 'AccessDenied' },
      ),
      'import key "payments"',
    );
    expect((error as ConfigurationError).code).toBe('FORBIDDEN');
    expect(oneLine(error)).toBe(
      `Not allowed to import key "payments": identity ${OID} has no keys import permission in the access policy of key vault contoso-kv. ` +
        `Add it to the access policy (az keyvault set-policy --name contoso-kv --object-id ${OID} --key-permissions get import; set-policy replaces the identity's key permissions, so list every one it needs)`,
    );
  });

  test('a bare 403 from a vault known to be a Key Vault offers both of its fixes, not a Managed HSM role', () => {
    const bare = new RestError('Access denied', { statusCode: 403, code: 'Forbidden' });
    const error = translateAzureError(bare, 'read key "k"', { url: 'https://10.0.0.4', kind: 'vault' });
    expect(oneLine(error)).toBe(
      'Not allowed to read key "k" (Access denied). Give the workflow identity the key permissions in the vault\'s access policy ' +
        '(az keyvault set-policy --name VAULT --object-id OBJECT_ID --key-permissions get import), or, on a vault with Azure RBAC, ' +
        'the "Key Vault Crypto Officer" role on the vault (az role assignment create --role "Key Vault Crypto Officer" --assignee-object-id OBJECT_ID --scope VAULT_RESOURCE_ID)',
    );
    expect(
      oneLine(translateAzureError(bare, 'read key "k"', { url: 'https://contoso.managedhsm.azure.net' })),
    ).toMatch(
      /"Managed HSM Crypto User" role on \/keys \(az keyvault role assignment create --hsm-name contoso /,
    );
  });

  test('throttling names the limits of the kind; a 401 names the resource its tokens are for', () => {
    const throttled = new RestError('Too many requests', { statusCode: 429, code: 'Throttled' });
    expect(
      oneLine(
        translateAzureError(throttled, 'create KEK "K"', { url: 'https://contoso.managedhsm.azure.net' }),
      ),
    ).toMatch(/a Managed HSM creates 1 key per second/);
    expect(
      oneLine(translateAzureError(throttled, 'create KEK "K"', { url: 'https://10.0.0.4', kind: 'vault' })),
    ).toMatch(/a Key Vault creates 10 HSM keys per 10 seconds/);
    const unauthorized = new RestError('Unauthorized', { statusCode: 401, code: 'Unauthorized' });
    expect(
      oneLine(translateAzureError(unauthorized, 'read key "k"', { url: 'https://contoso.vault.azure.cn' })),
    ).toMatch(/\(the vault takes tokens for https:\/\/vault\.azure\.cn\)$/);
  });
});
