window.dataLayer=[];
