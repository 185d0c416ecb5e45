// What the signed-in staff member may do at the queue, as the server checks it (DepartmentDuty; GET /api/account
// names it as "duty"): a department clerk calls their own departments' queues and takes the steps of tickets at
// their own departments; the one-stop counter and managers act everywhere. The list shows only those buttons;
// the server still refuses any other step with 403. The interview (対面受付) is the one-stop counter's (ONE_STOP).
import { api } from '/js/csrf.js';

let duty = { everyDepartment: true, departments: [] };
let roles = null;

/** Learns the duty once per page; unknown (the call failed): every button shows and the server decides. */
export async function loadDuty() {
  try {
    const me = await api('/api/account');
    if (me && me.duty) duty = me.duty;
    if (me && me.roles) roles = me.roles;
  } catch (e) { /* as above */ }
}

/** Whether the signed-in staff member may take steps on a ticket at this department (or call its queue). */
export function actsAt(department) {
  return duty.everyDepartment || duty.departments.includes(department);
}

/** Whether the signed-in staff member holds the role (unknown: true, the server decides). */
export function hasRole(role) {
  return roles === null || roles.includes(role);
}
