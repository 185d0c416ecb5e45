// What the signed-in staff member may do at the queue, as the server checks it (DepartmentDuty; GET /api/account
// names it as "duty"): a department clerk calls their own departments' queues and takes the steps of tickets at
// their own departments; the one-stop counter and managers act everywhere. The list shows only those buttons;
// the server still refuses any other step with 403.
import { api } from '/js/csrf.js';

let duty = { everyDepartment: true, departments: [] };

/** Learns the duty once per page; unknown (the call failed): every button shows and the server decides. */
export async function loadDuty() {
  try {
    const me = await api('/api/account');
    if (me && me.duty) duty = me.duty;
  } catch (e) { /* as above */ }
}

/** Whether the signed-in staff member may take steps on a ticket at this department (or call its queue). */
export function actsAt(department) {
  return duty.everyDepartment || duty.departments.includes(department);
}
