-- Services now live in the directory (recipient_service), with their dates and routing flags.
drop table structure_service;
