import type { Rule } from '../../../rules/rule';

/** Problems of the record index and of the record files (reported in those files, at their lines). */
export const recordIndexInvalid: Rule = {
  info: {
    code: 'record-index-invalid',
    severity: 'error',
    summary: 'A row of record.csv that cannot be used (no document, a file outside the workspace, a file that does not exist), or a record file that does not read as a transcript or numbered paragraphs.',
    example: 'Smith Dep.,../../.ssh/id_rsa',
    needs: 'record',
  },
};
