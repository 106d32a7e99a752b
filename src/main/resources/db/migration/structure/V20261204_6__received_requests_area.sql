-- The work area "Sollicitations reçues" is new: every public structure opens it, its primary manager with
-- modification, so that suppliers' requests reach someone (the primary manager may close it, or grant it to others).
insert into structure_work_area (structure, work_area)
select id, 'SOLLICITATIONS_RECUES' from structure where kind = 'PUBLIQUE'
on conflict do nothing;
insert into membership_right (membership, work_area, level)
select m.id, 'SOLLICITATIONS_RECUES', 'MODIFICATION'
from membership m join structure s on s.id = m.structure_id
where s.kind = 'PUBLIQUE' and m.role = 'GESTIONNAIRE_PRINCIPAL' and m.status = 'VALIDEE'
on conflict do nothing;
